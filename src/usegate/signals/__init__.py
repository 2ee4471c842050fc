"""Signal providers: each computes one signal's value, confidence and evidence."""
