"""Small widgets and helpers shared by the views: tables, delegates, icons, fonts."""
