"""One module a CMS family: what its pages do differently from the generic
page objects."""
