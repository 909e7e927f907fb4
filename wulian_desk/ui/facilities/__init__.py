"""设施: the rooms and assets of the station and its units."""
