"""usegate inside other gateways: the decision as a guardrail of a proxy that is not usegate.

    integrations/
    ├── settings.py   the guardrail's own settings (strict) and caller → tenant mapping
    ├── deciders.py   the two ways to decide: in this process, or over HTTP
    └── litellm.py    the LiteLLM proxy guardrail (`usegate[litellm]` extra)

Only `litellm.py` imports LiteLLM; the rest is plain usegate and tested without it.
"""
