"""Privacy helpers shared by the case review (casuïstiek) and the practice environment."""
