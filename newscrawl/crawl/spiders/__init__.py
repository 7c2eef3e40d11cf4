"""Spiders: one per catalog portal, all of class PortalSpider (see portals.py)."""
