#!/usr/bin/env python3
"""Sanity checks for this folder's cases; the checks themselves are in ../check_set.py."""
import os, runpy, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], here]
runpy.run_path(os.path.join(here, "..", "check_set.py"), run_name="__main__")
