-- pgvector is not a trusted extension: ./suite db creates it as superuser; this only checks it is there.
CREATE EXTENSION IF NOT EXISTS vector;
