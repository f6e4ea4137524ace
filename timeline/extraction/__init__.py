"""Pure-Python language work: no Django imports below this package.

Text and a publication date go in; date mentions and event candidates come out. The Django side
(`timeline.services`) turns candidates into stored events.
"""

# Stored with every extracted source; bump it when extraction output changes meaningfully.
EXTRACTOR_VERSION = "0.1.0"
