"""Reading news articles from files, directories and stdin."""
