"""btvcrm: a desktop CRM for the BTV supplier development programme."""

__version__ = "0.1.0"
APP_NAME = "btvcrm"
PROGRAMME_NAME = "Leverandørutviklingsprosjektet BTV"
