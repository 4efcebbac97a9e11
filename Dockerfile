FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml constraints.txt README.md ./
COPY config ./config
COPY referral_service ./referral_service
COPY migrations ./migrations
COPY openapi.yaml alembic.ini ./
RUN pip install --no-cache-dir --config-settings editable_mode=compat -c constraints.txt -e . \
    && useradd --system --home /app referral && mkdir -p /app/instance && chown referral /app/instance
USER referral
EXPOSE 8080
CMD ["sh", "-c", "referral-service db upgrade && exec referral-service serve --host 0.0.0.0 --port 8080"]
