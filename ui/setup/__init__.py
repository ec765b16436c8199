"""First-start setup of a station (``yichuang setup``)."""
