"""Runs docs/indicators.sql on Apache Spark over the tables of
`esep export --parquet DIR`, and compares every number with
`esep indicators --json` when its output is given.

    pip install pyspark   # Spark in local mode; needs Java 17+
    python3 benches/spark_indicators.py DIR FROM TO [ESEP.json]

On a cluster, give `--master` through PYSPARK_SUBMIT_ARGS or spark-submit;
DIR may be any path Spark reads (hdfs://, s3a://). See docs/scale.md.
"""

import json
import sys
import time
from pathlib import Path

from pyspark.sql import SparkSession

IDS = ["11", "12", "13", "21", "31", "32", "41", "51"]


def value(v):
    return None if v is None else float(v)


def main():
    root, date_from, date_to = sys.argv[1:4]
    expected = sys.argv[4] if len(sys.argv) > 4 else None
    sql = (Path(__file__).resolve().parent.parent / "docs" / "indicators.sql").read_text()
    sql = sql.replace("${from}", date_from).replace("${to}", date_to)
    spark = (
        SparkSession.builder.appName("esep-indicators")
        # department=1910 is a code, not a number.
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    for table in ["cases", "complaints", "surveys", "services"]:
        spark.read.parquet(f"{root}/{table}").createOrReplaceTempView(table)
    started = time.perf_counter()
    rows = spark.sql(sql).collect()
    seconds = time.perf_counter() - started
    print(f"spark {spark.version}: {len(rows)} rows in {seconds:.1f} s")
    got = {}
    for r in rows:
        key = (r["level"], r["key"], r["service"], r["year"], r["month"])
        got[key] = {
            # Spark gives the values as decimals (2000.0 is a decimal literal there).
            f"{i[0]}.{i[1]}": (int(r[f"n{i}"]), int(r[f"d{i}"]), value(r[f"v{i}"]))
            for i in IDS
        }
    if expected:
        want = {}
        for row in json.loads(Path(expected).read_text())["rows"]:
            key = (row["level"], row["key"], row["service"], row["year"], row["month"])
            want[key] = {
                i: (v["numerator"], v["denominator"], v["value"])
                for i, v in row["indicators"].items()
            }
        differ = [k for k in want if want[k] != got.get(k)]
        extra = [k for k in got if k not in want]
        print(f"compared with esep: {len(want)} rows, {len(differ)} differ, {len(extra)} extra")
        for k in (differ + extra)[:10]:
            print("  ", k, want.get(k), got.get(k))
        if differ or extra:
            sys.exit(1)
    spark.stop()


if __name__ == "__main__":
    main()
