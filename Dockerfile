# syntax=docker/dockerfile:1
# The usegate gateway: `docker build -t usegate .`, then
#   docker run -p 8080:8080 -v $PWD/usegate.yaml:/etc/usegate/usegate.yaml:ro usegate
# Two stages: wheels are built in `builder`; the runtime stage installs them and nothing
# else. The models (face detector, OCR, sentence encoder) come inside the wheels, so
# nothing is downloaded when the container runs.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
# the extras a gateway needs (no dev tools, no LiteLLM: that runs in its own container)
ARG EXTRAS=vision,gateway,postgres,console
RUN python -m pip wheel --wheel-dir /wheels ".[${EXTRAS}]"

FROM ${PYTHON_IMAGE} AS runtime
# libgomp1: OpenMP for the ONNX models; libglib2.0-0: OpenCV's image decoding
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgomp1 libglib2.0-0 \
    && rm -rf /var/lib/apt/lists/*
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1
ARG EXTRAS=vision,gateway,postgres,console
COPY --from=builder /wheels /wheels
# only the wheels built above (--no-index): the builder fixed every version
# hadolint ignore=DL3013
RUN python -m pip install --no-index --find-links=/wheels "usegate[${EXTRAS}]" \
    && rm -rf /wheels
RUN groupadd --system --gid 10001 usegate \
    && useradd --system --uid 10001 --gid usegate --home-dir /var/lib/usegate --create-home usegate \
    && mkdir -p /etc/usegate
COPY examples/usegate.yaml /etc/usegate/usegate.yaml
COPY examples/cases.jsonl /usr/share/usegate/cases.jsonl
USER 10001:10001
WORKDIR /var/lib/usegate
# the models load from the image, offline: decide the bundled example cases once
RUN usegate check /usr/share/usegate/cases.jsonl > /dev/null
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=2)"]
ENTRYPOINT ["usegate", "serve", "--host", "0.0.0.0", "--port", "8080"]
CMD ["--config", "/etc/usegate/usegate.yaml"]
