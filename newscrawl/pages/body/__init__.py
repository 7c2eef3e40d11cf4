"""The article body: blocks, the chrome vocabulary, main-content detection."""
