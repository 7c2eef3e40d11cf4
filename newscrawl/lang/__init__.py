"""Indonesian-language knowledge: dates, promo phrases and credit lines, datelines
and places, the language of a text. Pure modules: no Scrapy import."""
