"""SanctionWatch: source-linked records of sanctions actions from news and official lists."""

__version__ = "0.1.0"

from sanctionwatch import ftmyaml as _ftmyaml

_ftmyaml.install()
