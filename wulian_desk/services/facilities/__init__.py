"""The station's rooms and equipment, and the compliance of each unit with the room minimums."""
