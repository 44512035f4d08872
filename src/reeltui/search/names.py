"""Matching short strings (people's names, film titles) the way people type them.

A name is cut into *tokens*: folded words (`reeltui.text.fold`: no case, no accents, plain
quotes), apostrophes dropped inside a word ("Nyong’o" gives "nyongo"), every other
non-alphanumeric character a separator. A query is cut the same way, and each query token must
match a different token of the name, in any order, in one of three ways, best first:

- *exact*: the same token ("pena" and "Peña");
- *prefix*: the start of a token, so a name is found while it is being typed ("mich");
- *fuzzy*: one edit away, for query tokens of four characters or more: a letter missing,
  added, changed, or two neighbours swapped ("salazr", "micheal").

`NameMatcher` answers such queries over many names without looking at each one: exact tokens
through a dictionary, prefixes through a sorted vocabulary, typos through a table of the
vocabulary's one-letter deletions ("symmetric delete"), so its cost follows the number of
matches, not the number of names.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum

from reeltui.text import fold, name_tokens

__all__ = [
    "MAX_QUERY_TOKENS",
    "MIN_FUZZY_LENGTH",
    "EntryMatch",
    "MatchKind",
    "NameMatcher",
    "TokenSpan",
    "Tokenizer",
    "name_key",
    "osa_distance",
    "tokenize",
]

#: Query tokens shorter than this must match exactly or as a prefix: short words have too many
#: neighbours one edit away ("ben", "ken", "bea") for a typo match to mean anything.
MIN_FUZZY_LENGTH = 4

#: Tokens of a query beyond this many are ignored (a name has a handful of words).
MAX_QUERY_TOKENS = 8


class MatchKind(IntEnum):
    """How well a query matched, worst first so that comparisons read naturally."""

    FUZZY = 1
    PREFIX = 2
    EXACT = 3


@dataclass(frozen=True, slots=True)
class TokenSpan:
    """A token of a string and where it stands in the original (unfolded) string.

    `ends[i]` is the offset in the original just after the character that gave folded
    character `i`, so the first `n` folded characters of the token cover `start:ends[n - 1]`.
    """

    token: str
    start: int
    end: int
    ends: tuple[int, ...]

    def prefix_end(self, length: int) -> int:
        """The end offset, in the original string, of the token's first `length` characters."""
        if length <= 0:
            return self.start
        return self.ends[min(length, len(self.ends)) - 1]


class Tokenizer:
    """Cuts strings into folded tokens, remembering the answer for strings seen before.

    Names repeat (an actor is credited in many reviews), so the cache keeps building an index
    proportional to the number of distinct names. Each instance owns its cache.
    """

    def __init__(self) -> None:
        self._chars: dict[str, str] = {}
        self._tokens: dict[str, tuple[str, ...]] = {}

    def _fold_char(self, ch: str) -> str:
        """One character folded as it folds inside a word: "" for a combining mark, " " for a
        separator that folds to white space ("¯"), several letters for "æ"."""
        folded = self._chars.get(ch)
        if folded is None:
            folded = fold(f"a{ch}a")[1:-1]
            self._chars[ch] = folded
        return folded

    def spans(self, text: str) -> list[TokenSpan]:
        """The tokens of `text` with their places in it (the same tokens as `tokens`)."""
        result: list[TokenSpan] = []
        chars: list[str] = []
        ends: list[int] = []
        start = -1
        for index, ch in enumerate(text):
            for c in self._fold_char(ch):
                if c == "'":
                    continue  # an apostrophe joins, never splits: "Nyong’o" is one word
                if c.isalnum():
                    if start < 0:
                        start = index
                    chars.append(c)
                    ends.append(index + 1)
                elif start >= 0:
                    result.append(TokenSpan("".join(chars), start, ends[-1], tuple(ends)))
                    chars, ends, start = [], [], -1
            if start >= 0 and ends and ends[-1] < index + 1 and not self._fold_char(ch):
                ends[-1] = index + 1  # a combining mark belongs to the letter before it
        if start >= 0 and chars:
            result.append(TokenSpan("".join(chars), start, ends[-1], tuple(ends)))
        return result

    def tokens(self, text: str) -> tuple[str, ...]:
        """The folded tokens of `text`: "Lupita Nyong’o" gives ("lupita", "nyongo")."""
        cached = self._tokens.get(text)
        if cached is None:
            cached = self._tokens[text] = tokenize(text)
        return cached


#: The folded tokens of `text`, without a cache (`Tokenizer.tokens` keeps one).
tokenize = name_tokens


def name_key(name: str) -> str:
    """The key of a person's name: its folded words joined by spaces ("Michael Peña" gives
    "michael pena"), shared by every spelling that folds the same; "" for a name without
    words."""
    return " ".join(tokenize(name))


def osa_distance(a: str, b: str, limit: int) -> int:
    """The edit distance between `a` and `b`, counting a swap of neighbours as one edit.

    This is the "optimal string alignment" distance. Returns `limit + 1` as soon as the
    distance is known to exceed `limit`, which keeps the common case (far apart) cheap.
    """
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if abs(la - lb) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(lb + 1))
    for i in range(1, la + 1):
        current = [i] + [0] * lb
        best = current[0]
        ca = a[i - 1]
        for j in range(1, lb + 1):
            cb = b[j - 1]
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[lb]


def _deletions(token: str) -> set[str]:
    """Every string made by deleting one character of `token`."""
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


@dataclass(frozen=True, slots=True)
class TokenHit:
    """How one query token matched one name token: kind, edit distance, query length."""

    kind: MatchKind
    distance: int
    length: int


@dataclass(frozen=True, slots=True)
class EntryMatch:
    """A name that matched a query.

    `entry` is its number in the index (entries are numbered in the caller's ranking order);
    `kind` is the worst kind among the query's tokens, `distance` the sum of their edits;
    `tokens` pairs each matched name token's position with how it matched.
    """

    entry: int
    kind: MatchKind
    distance: int
    tokens: tuple[tuple[int, TokenHit], ...]

    @property
    def score(self) -> float:
        """A number that orders matches: 3 exact, 2 prefix, 0.5 to 1 for typos (less per edit)."""
        if self.kind is MatchKind.FUZZY:
            return max(0.5, 1.0 - 0.1 * (self.distance - 1))
        return float(self.kind)

    def spans(self, names: Sequence[TokenSpan]) -> list[tuple[int, int]]:
        """The character spans of the matched parts, given the name's `Tokenizer.spans`."""
        result: list[tuple[int, int]] = []
        for position, hit in self.tokens:
            if position >= len(names):
                continue
            span = names[position]
            end = span.prefix_end(hit.length) if hit.kind is MatchKind.PREFIX else span.end
            result.append((span.start, end))
        result.sort()
        return result


class NameMatcher:
    """Finds, among many short token lists (names), those matching a query, best first.

    Entries are numbered in the order given, which must be the caller's tie-breaking order
    (for people: most films first, then alphabetical). Results are ranked by kind (exact,
    prefix, fuzzy), then by edit distance, then by entry number, so equal matches keep the
    caller's order and the answer is deterministic.
    """

    def __init__(self, entries: Iterable[Sequence[str]]) -> None:
        # One pass over the entries, numbering tokens as they come; then the vocabulary is
        # sorted (for prefixes) and the numbers remapped, so no list of entries is kept.
        first_seen: dict[str, int] = {}
        flat = array("I")
        # Each entry's token ids, flat: entry n is _tokens[_starts[n]:_starts[n + 1]].
        self._starts: array[int] = array("I", (0,))
        for tokens in entries:
            for token in tokens:
                number = first_seen.get(token)
                if number is None:
                    number = first_seen[token] = len(first_seen)
                flat.append(number)
            self._starts.append(len(flat))
        vocabulary = sorted(first_seen)
        self._vocabulary: list[str] = vocabulary
        self._ids: dict[str, int] = {token: i for i, token in enumerate(vocabulary)}
        remap = array("I", bytes(4 * len(first_seen)))
        for token, number in first_seen.items():
            remap[number] = self._ids[token]
        del first_seen
        self._tokens: array[int] = array("I", (remap[n] for n in flat))
        del flat
        postings: list[array[int]] = [array("I") for _ in vocabulary]
        starts, tokens_of = self._starts, self._tokens
        for entry in range(len(starts) - 1):
            ids = tokens_of[starts[entry] : starts[entry + 1]]
            for token_id in set(ids) if len(ids) > 1 else ids:
                postings[token_id].append(entry)
        self._postings = postings
        deletions: dict[str, list[int]] = {}
        for token_id, token in enumerate(vocabulary):
            if len(token) >= MIN_FUZZY_LENGTH:
                for variant in _deletions(token):
                    deletions.setdefault(variant, []).append(token_id)
        self._deletions = deletions

    def __len__(self) -> int:
        return len(self._starts) - 1

    def entry_tokens(self, entry: int) -> tuple[str, ...]:
        """The tokens of entry number `entry`, as given (the vocabulary's own strings)."""
        vocabulary = self._vocabulary
        starts = self._starts
        return tuple(vocabulary[t] for t in self._tokens[starts[entry] : starts[entry + 1]])

    @property
    def vocabulary_size(self) -> int:
        """How many distinct tokens the index holds."""
        return len(self._vocabulary)

    def _token_matches(self, query: str) -> dict[int, TokenHit]:
        """Every vocabulary token that `query` matches, with how (the best way for each)."""
        found: dict[int, TokenHit] = {}
        exact = self._ids.get(query)
        if exact is not None:
            found[exact] = TokenHit(MatchKind.EXACT, 0, len(query))
        start = bisect_left(self._vocabulary, query)
        for token_id in range(start, len(self._vocabulary)):
            if not self._vocabulary[token_id].startswith(query):
                break
            if token_id != exact:
                found[token_id] = TokenHit(MatchKind.PREFIX, 0, len(query))
        if len(query) >= MIN_FUZZY_LENGTH:
            candidates: set[int] = set(self._deletions.get(query, ()))
            for variant in _deletions(query):
                same = self._ids.get(variant)
                if same is not None:
                    candidates.add(same)
                candidates.update(self._deletions.get(variant, ()))
            for token_id in candidates:
                if token_id in found:
                    continue
                if osa_distance(query, self._vocabulary[token_id], 1) <= 1:
                    found[token_id] = TokenHit(MatchKind.FUZZY, 1, len(query))
        return found

    def search(self, query: Sequence[str], limit: int) -> list[EntryMatch]:
        """The best `limit` entries matching every token of `query` (folded tokens)."""
        tokens = [token for token in query if token][:MAX_QUERY_TOKENS]
        if not tokens or limit <= 0:
            return []
        per_token = [self._token_matches(token) for token in tokens]
        if not all(per_token):
            return []
        if len(tokens) == 1:
            return self._search_one(per_token[0], limit)
        return self._search_many(per_token, limit)

    def _search_one(self, matches: dict[int, TokenHit], limit: int) -> list[EntryMatch]:
        """One query token: walk exact, then prefix, then fuzzy postings, stopping at `limit`.

        Each phase yields entries in number order, so the first `limit` found are the best.
        """
        result: list[EntryMatch] = []
        seen: set[int] = set()
        for kind in (MatchKind.EXACT, MatchKind.PREFIX, MatchKind.FUZZY):
            ids = [token_id for token_id, hit in matches.items() if hit.kind is kind]
            if not ids:
                continue
            for entry in _merged(self._postings[token_id] for token_id in ids):
                if entry in seen:
                    continue
                seen.add(entry)
                match = self._verify(entry, [matches])
                if match is not None:
                    result.append(match)
                    if len(result) >= limit:
                        return result
        return result

    def _search_many(self, per_token: list[dict[int, TokenHit]], limit: int) -> list[EntryMatch]:
        """Several query tokens: candidates from the most selective token, each verified.

        Candidates arrive in entry order; once `limit` matches of the best possible quality
        are in hand no later candidate can beat them, so the walk stops.
        """
        sizes = [sum(len(self._postings[t]) for t in matches) for matches in per_token]
        selective = per_token[sizes.index(min(sizes))]
        best_kinds = [max(hit.kind for hit in matches.values()) for matches in per_token]
        best_kind = min(best_kinds)
        best_distance = sum(1 for kind in best_kinds if kind is MatchKind.FUZZY)
        found: list[EntryMatch] = []
        perfect = 0
        for entry in _merged(self._postings[token_id] for token_id in selective):
            match = self._verify(entry, per_token)
            if match is None:
                continue
            found.append(match)
            if match.kind == best_kind and match.distance == best_distance:
                perfect += 1
                if perfect >= limit:
                    break
        found.sort(key=lambda m: (-m.kind, m.distance, m.entry))
        return found[:limit]

    def _verify(self, entry: int, per_token: list[dict[int, TokenHit]]) -> EntryMatch | None:
        """Match each query token to a different token of the entry, or None if impossible.

        The query tokens with the fewest options choose first, each taking its best option
        still free; names are short, so this greedy choice is what a person would pick.
        """
        names = self._tokens[self._starts[entry] : self._starts[entry + 1]]
        options: list[list[tuple[int, int, int]]] = []
        for matches in per_token:
            row: list[tuple[int, int, int]] = []
            for position, token_id in enumerate(names):
                hit = matches.get(token_id)
                if hit is not None:
                    row.append((-hit.kind, hit.distance, position))
            if not row:
                return None
            row.sort()
            options.append(row)
        order = sorted(range(len(per_token)), key=lambda i: len(options[i]))
        taken: set[int] = set()
        chosen: list[tuple[int, TokenHit]] = []
        for query_index in order:
            for _, _, position in options[query_index]:
                if position not in taken:
                    taken.add(position)
                    chosen.append((position, per_token[query_index][names[position]]))
                    break
            else:
                return None
        kind = min(hit.kind for _, hit in chosen)
        distance = sum(hit.distance for _, hit in chosen)
        chosen.sort(key=lambda item: item[0])
        return EntryMatch(entry, MatchKind(kind), distance, tuple(chosen))


def _merged(postings: Iterable[array[int]]) -> Iterator[int]:
    """The union of sorted posting lists, in order, each entry once."""
    lists = [p for p in postings if len(p)]
    if len(lists) == 1:
        yield from lists[0]
        return
    last = -1
    for entry in heapq.merge(*lists):
        if entry != last:
            last = entry
            yield entry
