"""The product editor: one section per part of a product, every edit saved at once as an undo step."""
