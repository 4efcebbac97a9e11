"""The WSGI entry point for gunicorn: `gunicorn referral_service.wsgi:app`."""
from . import create_app

app = create_app()
