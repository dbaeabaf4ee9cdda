"""`make bench`: each speed bar of PRODUCT.md §8 measured against its floor in the same run."""
