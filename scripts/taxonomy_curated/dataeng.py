# ruff: noqa: E501  (one skill per line reads best)
"""Data processing, analytics and machine learning."""

from __future__ import annotations

from _seed import Seed, seed

CS = "case_sensitive"
TC = "tech_context"
DP = "data_processing"
ML = "ml"

# fmt: off
SKILLS: list[Seed] = [
    # batch and stream processing
    seed("hadoop", "Apache Hadoop", DP, "hadoop|hdfs|mapreduce|map reduce|hadoop ecosystem|cloudera|hortonworks", so="hadoop"),
    # Hadoop's resource manager; "yarn" alone is shared with the JavaScript package manager
    # and the other skills in the text decide (Hive, HDFS, Spark against npm, Node.js).
    seed("hadoop-yarn", "Hadoop YARN", DP, "yarn|apache yarn|yarn cluster|yarn queues", implies="hadoop", context=TC),
    seed("spark", "Apache Spark", DP, "spark|pyspark|spark sql|sparksql|spark streaming|structured streaming|spark core|scala spark", context=TC, so="apache-spark"),
    seed("flink", "Apache Flink", DP, "flink|pyflink|flink sql", implies="event-streaming"),
    seed("kafka-streams", "Kafka Streams", DP, "kstreams", implies="kafka|event-streaming"),
    seed("storm", "Apache Storm", DP, "Storm|storm topology", context=f"{CS}|{TC}"),
    seed("samza", "Apache Samza", DP, "samza"),
    seed("apache-beam", "Apache Beam", DP, "beam pipelines", context=TC),
    seed("hive", "Apache Hive", DP, "hive|hive metastore", implies="hadoop", context=TC),
    seed("pig", "Apache Pig", DP, "Pig|pig latin|Pig Latin|Pig scripts", implies="hadoop", context=f"{CS}|{TC}"),
    seed("impala", "Apache Impala", DP, "impala|cloudera impala", context=TC),
    seed("presto", "Presto", DP, "prestodb|trino|starburst", implies="sql"),
    seed("druid", "Apache Druid", DP, "", context=TC),
    seed("pinot", "Apache Pinot", DP, "", context=TC),
    seed("kylin", "Apache Kylin", DP, ""),
    seed("nifi", "Apache NiFi", DP, "nifi", implies="etl"),
    seed("sqoop", "Apache Sqoop", DP, "sqoop", implies="hadoop"),
    seed("oozie", "Apache Oozie", DP, "oozie", implies="hadoop"),
    seed("flume", "Apache Flume", DP, "flume", implies="hadoop"),
    seed("ambari", "Apache Ambari", DP, "ambari", implies="hadoop"),
    seed("mahout", "Apache Mahout", DP, "mahout", implies="hadoop|machine-learning"),
    seed("kudu", "Apache Kudu", DP, "kudu", implies="hadoop", context=TC),
    seed("hbase-phoenix", "Apache Phoenix", DP, "phoenix sql", implies="hbase"),
    seed("crystal-reports", "Crystal Reports", DP, "crystal report|sap crystal reports"),
    seed("qlik", "Qlik", DP, "qlikview|qlik sense|qliksense|qlik view"),
    seed("microstrategy", "MicroStrategy", DP, "micro strategy"),
    seed("businessobjects", "SAP BusinessObjects", DP, "business objects|sap bo|sap bods|bods|sap data services|webi|web intelligence"),
    seed("cognos", "IBM Cognos", DP, "cognos|cognos analytics"),
    seed("sas-viya", "SAS Viya", DP, "sas enterprise guide|sas eg|sas enterprise miner", implies="sas"),
    seed("business-intelligence", "Business intelligence", "practice", "bi reporting|business intelligence reporting|bi tools|reporting and analytics|data visualization|data visualisation", area="databases_caching"),
    seed("airflow", "Apache Airflow", DP, "airflow|airflow dags", implies="python"),
    seed("dagster", "Dagster", DP, "", implies="python"),
    seed("prefect", "Prefect (workflows)", DP, "prefect flows|prefect.io|prefect cloud", implies="python"),
    seed("luigi", "Luigi (Python)", DP, "spotify luigi|luigi pipelines", implies="python"),
    seed("argo-events", "Argo Events", DP, "", implies="kubernetes"),
    seed("dbt", "dbt", DP, "data build tool|dbt core|dbt cloud", implies="sql"),
    seed("databricks", "Databricks", DP, "databricks lakehouse|databricks sql|unity catalog", implies="spark"),
    seed("delta-lake", "Delta Lake", DP, "delta tables|delta lake tables", implies="data-lake"),
    seed("apache-iceberg", "Apache Iceberg", DP, "iceberg tables", implies="data-lake", context=TC),
    seed("apache-hudi", "Apache Hudi", DP, "hudi", implies="data-lake"),
    seed("parquet", "Apache Parquet", DP, "parquet|parquet files"),
    seed("orc", "Apache ORC", DP, "ORC|ORC files", context=f"{CS}|{TC}"),
    seed("arrow", "Apache Arrow", DP, "pyarrow", context=TC),
    seed("fivetran", "Fivetran", DP, "", implies="etl"),
    seed("airbyte", "Airbyte", DP, "", implies="etl"),
    seed("stitch", "Stitch Data", DP, "stitch etl", implies="etl"),
    seed("debezium", "Debezium", DP, "", implies="cdc|kafka"),
    seed("kdb", "kdb+", DP, "kdb|kx kdb", implies="time-series-databases"),
    seed("dask", "Dask", DP, "dask distributed", implies="python"),
    seed("ray", "Ray (distributed computing)", DP, "ray.io|ray cluster|ray serve|ray tune|anyscale", implies="python"),
    seed("polars", "Polars", DP, "", implies="python"),
    seed("pandas", "pandas", DP, "pandas dataframes|pandas dataframe", implies="python"),
    seed("numpy", "NumPy", DP, "num py", implies="python"),
    seed("scipy", "SciPy", DP, "", implies="python"),
    seed("matplotlib", "Matplotlib", DP, "seaborn|plotly", implies="python"),
    seed("batch-processing", "Batch processing", "practice", "batch processing|batch jobs|batch pipelines|bulk processing", area="databases_caching"),
    seed("data-engineering", "Data engineering", "practice", "data engineer|data platform|data infrastructure", area="databases_caching"),
    seed("data-governance", "Data governance", "practice", "data quality|data lineage|data catalog|data catalogue|great expectations|openlineage|datahub|amundsen", area="databases_caching"),
    seed("analytics-engineering", "Analytics engineering", "practice", "analytics engineer|metrics layer|semantic layer", area="databases_caching"),
    # machine learning and AI
    seed("machine-learning", "Machine learning", ML, "ml|machine-learning|predictive modeling|predictive modelling|supervised learning|unsupervised learning"),
    seed("deep-learning", "Deep learning", ML, "neural networks|neural network|dnn|cnns|rnn|lstm", implies="machine-learning"),
    seed("nlp", "Natural language processing", ML, "nlp|natural language processing|text mining|named entity recognition|ner", implies="machine-learning"),
    seed("computer-vision", "Computer vision", ML, "image recognition|object detection|opencv", implies="machine-learning"),
    seed("llm", "Large language models", ML, "llms|large language model|generative ai|genai|gen ai|prompt engineering|rag|retrieval-augmented generation|retrieval augmented generation|fine-tuning llms", implies="machine-learning"),
    seed("tensorflow", "TensorFlow", ML, "tensor flow|tf2|keras|tensorflow serving|tflite", implies="machine-learning|python"),
    seed("pytorch", "PyTorch", ML, "py torch|torchserve|pytorch lightning", implies="machine-learning|python"),
    seed("scikit-learn", "scikit-learn", ML, "sklearn|scikit learn|scikit", implies="machine-learning|python"),
    seed("xgboost", "XGBoost", ML, "lightgbm|catboost|gradient boosting", implies="machine-learning" ),
    seed("hugging-face", "Hugging Face", ML, "huggingface|hugging face transformers|transformers library", implies="machine-learning"),
    seed("langchain", "LangChain", ML, "llamaindex|llama index|langgraph", implies="llm"),
    seed("openai-api", "OpenAI API", ML, "openai|chatgpt api|gpt-4|gpt-4o|gpt-3.5|anthropic api|claude api", implies="llm"),
    seed("mlflow", "MLflow", ML, "ml flow", implies="mlops"),
    seed("kubeflow", "Kubeflow", ML, "", implies="mlops|kubernetes"),
    seed("mlops", "MLOps", ML, "ml ops|machine learning operations|model serving|model deployment|feature store"),
    seed("onnx", "ONNX", ML, "onnx runtime", implies="machine-learning"),
    seed("triton", "NVIDIA Triton", ML, "triton inference server", implies="mlops"),
    seed("spacy", "spaCy", ML, "spacy", implies="nlp|python"),
    seed("nltk", "NLTK", ML, "natural language toolkit", implies="nlp|python"),
    seed("recommender-systems", "Recommender systems", ML, "recommendation systems|recommendation engine|recommendation engines|collaborative filtering"),
    seed("data-science", "Data science", ML, "data scientist|statistical modeling|statistical analysis|a/b testing|ab testing"),
    seed("embeddings", "Embeddings", ML, "vector embeddings|text embeddings|sentence transformers|semantic search", implies="machine-learning"),
]
# fmt: on
