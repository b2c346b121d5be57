"""Reads every table of a Westphalia output folder with pandas, typed by its datapackage.json: integers as nullable
Int64, numbers as float64, booleans as nullable boolean, dates as datetime64, strings as strings, empty fields as
missing. Prints each table's columns and nulls; exits 1 if a value does not read as its declared type.
Usage: python3 test/datapackage/read_pandas.py FOLDER..."""
import json
import os
import sys

import pandas as pd

DTYPES = {"integer": "Int64", "number": "float64", "boolean": "boolean", "string": "string"}


def read(folder):
    with open(os.path.join(folder, "datapackage.json"), encoding="utf-8") as f:
        package = json.load(f)
    for resource in package["resources"]:
        fields = resource["schema"]["fields"]
        dates = [f["name"] for f in fields if f["type"] == "date"]
        dtypes = {f["name"]: DTYPES[f["type"]] for f in fields if f["type"] != "date"}
        path = os.path.join(folder, resource["path"])
        frame = pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=resource["schema"]["missingValues"],
                            true_values=["true"], false_values=["false"])
        for name in dates:
            frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d", errors="raise")
        print(f"{path}: {len(frame)} rows; nulls: {int(frame.isna().sum().sum())}; "
              f"{', '.join(sorted({str(t) for t in frame.dtypes}))}")


for folder in sys.argv[1:]:
    read(folder)
