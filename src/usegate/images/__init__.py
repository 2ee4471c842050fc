"""Image evidence: safe decoding, optional fetching, face detection and camera-device tables.

Pure library code used by `usegate.signals.faces` and `usegate.signals.camera`.
Heavy modules (Pillow, OpenCV, onnxruntime) are imported only when an image is
analysed, so importing this package is cheap.
"""

from usegate.images.decode import DecodedImage, ImageError, Limits, decode, read_exif

__all__ = ["DecodedImage", "ImageError", "Limits", "decode", "read_exif"]
