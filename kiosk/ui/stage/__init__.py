"""The stage: the audience view and the presenter view of the show, driven by a clicker."""
