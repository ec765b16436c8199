"""Ratings (好差评): the five levels, rating requests and ratings, poor-rating follow-up,
satisfaction figures. No Qt here."""
