"""The bundled sample portal (`newscrawl demo`)."""
