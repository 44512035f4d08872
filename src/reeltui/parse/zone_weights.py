"""The weights of the models of `zones.py`. Written by `bench/zone_fit.py`."""

WEIGHTS: dict[str, float] = {
    "bias": -0.0819,
    "capitals": -1.0617,
    "chrome_next": -0.3791,
    "dated": -0.6808,
    "digits": -0.3968,
    "ends_bracket": -0.0562,
    "ends_sentence": 0.3483,
    "gap_before": -1.9335,
    "label": -0.0403,
    "long": 1.1219,
    "lower_run": 1.0142,
    "marks": -0.0785,
    "me": 0.0969,
    "medium": -1.7571,
    "new_names": -0.3684,
    "prose": -0.0113,
    "relative_length": 0.9505,
    "sentences": 0.8896,
    "shared_names": 0.6095,
    "shared_words": 0.1044,
    "short": -1.3232,
    "signs": -0.3182,
    "starts_bracket": -0.036,
    "starts_quote": -0.0857,
    "title_first": -0.3092,
    "we": -0.7024,
    "web": -0.4279,
    "you": -0.1274,
}
THRESHOLD = 0.3
HEADING_WEIGHTS: dict[str, float] = {}
HEADING_THRESHOLD = 0.5
