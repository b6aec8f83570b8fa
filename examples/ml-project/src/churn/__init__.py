"""Customer churn model: data loading, features, training, evaluation and serving."""

__version__ = "0.3.0"

__all__ = ["__version__"]
