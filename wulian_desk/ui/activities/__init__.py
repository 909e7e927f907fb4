"""社区活动 screens."""
