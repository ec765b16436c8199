"""Small widgets and delegates shared by several windows."""
