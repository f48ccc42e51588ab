# ruff: noqa: E501  (one skill per line reads best)
"""Google Cloud: the provider and its services (ids ``gcp-…``, each implies gcp).

``~X`` expands to "X", "GCP X" and "Google X"; ``+X`` only to the prefixed forms (see
``provider_service``). Many services are already named "Cloud X"; for those the bare
"Cloud X" is in the aliases as written.
"""

from __future__ import annotations

from functools import partial

from _seed import Seed, provider_service, seed

TC = "tech_context"
CS = "case_sensitive"
gcp = partial(provider_service, "gcp", ("GCP", "Google"))

# fmt: off
SKILLS: list[Seed] = [
    seed("gcp", "Google Cloud", "cloud_provider", "gcp|google cloud platform|google cloud services|gcloud|google-cloud-platform", so="google-cloud-platform", implies="cloud-computing"),
    gcp("gke", "Google Kubernetes Engine", "~GKE|Google Container Engine|GKE Autopilot", implies="kubernetes", category="orchestration", so="google-kubernetes-engine"),
    gcp("cloud-run", "Cloud Run", "+Cloud Run|Google Cloud Run", implies="containers|serverless", so="google-cloud-run"),
    gcp("cloud-functions", "Cloud Functions", "+Cloud Functions|Google Cloud Functions|Firebase Functions|Cloud Functions for Firebase", implies="serverless", so="google-cloud-functions"),
    gcp("bigquery", "BigQuery", "~BigQuery|big query|Google BigQuery", implies="sql|data-warehousing", category="data_processing", so="google-bigquery"),
    gcp("pubsub", "Google Cloud Pub/Sub", "Pub/Sub|PubSub|+Pub/Sub|+PubSub|Cloud Pub/Sub|Google Cloud PubSub", category="messaging", so="google-cloud-pubsub", implies="message-queues|publish-subscribe"),
    gcp("cloud-storage", "Google Cloud Storage", "~GCS|+Cloud Storage|+Storage|GCS buckets", so="google-cloud-storage", context=TC),
    gcp("cloud-sql", "Cloud SQL", "+Cloud SQL|Google Cloud SQL|Cloud SQL for PostgreSQL|Cloud SQL for MySQL", implies="sql|rdbms", category="database_relational", so="google-cloud-sql"),
    gcp("spanner", "Cloud Spanner", "+Spanner|+Cloud Spanner|Google Cloud Spanner|Spanner", category="database_relational", context=TC, so="google-cloud-spanner", implies="rdbms"),
    gcp("firestore", "Firestore", "~Firestore|Cloud Firestore|Firebase Firestore", implies="document-databases", category="database_nosql", so="google-cloud-firestore"),
    gcp("datastore", "Cloud Datastore", "+Datastore|+Cloud Datastore|Google Cloud Datastore", category="database_nosql", so="google-cloud-datastore", implies="document-databases"),
    gcp("bigtable", "Cloud Bigtable", "~Bigtable|Google Cloud Bigtable|big table", implies="wide-column-stores", category="database_nosql", so="google-cloud-bigtable"),
    gcp("memorystore", "Memorystore", "~Memorystore|Cloud Memorystore|Memorystore for Redis", implies="redis", category="database_inmemory", so="google-cloud-memorystore"),
    gcp("alloydb", "AlloyDB", "~AlloyDB|AlloyDB for PostgreSQL", implies="postgresql", category="database_relational"),
    gcp("app-engine", "App Engine", "+App Engine|Google App Engine|~GAE|Google AppEngine|AppEngine", so="google-app-engine"),
    gcp("compute-engine", "Compute Engine", "+Compute Engine|Google Compute Engine|~GCE", so="google-compute-engine", context=TC),
    gcp("dataflow", "Dataflow", "+Dataflow|Cloud Dataflow|Google Cloud Dataflow", implies="apache-beam", category="data_processing", context=f"{CS}|{TC}", so="google-cloud-dataflow"),
    gcp("dataproc", "Dataproc", "~Dataproc|Cloud Dataproc|Google Cloud Dataproc", implies="spark", category="data_processing", so="google-cloud-dataproc"),
    gcp("cloud-build", "Cloud Build", "+Cloud Build|Google Cloud Build", implies="ci-cd", category="ci_cd", so="google-cloud-build"),
    gcp("cloud-deploy", "Cloud Deploy", "+Cloud Deploy|Google Cloud Deploy", implies="continuous-delivery", category="ci_cd"),
    gcp("artifact-registry", "Artifact Registry", "+Artifact Registry|Google Artifact Registry", category="container"),
    gcp("container-registry", "Google Container Registry", "~GCR|+Container Registry", category="container", implies="containers"),
    gcp("cloud-monitoring", "Cloud Monitoring", "+Cloud Monitoring|Google Cloud Monitoring|Stackdriver|Google Stackdriver|Stackdriver Monitoring|Google Cloud Operations|Cloud Operations suite", category="observability", area="devops_sre", so="google-cloud-monitoring", implies="monitoring"),
    gcp("cloud-logging", "Cloud Logging", "+Cloud Logging|Google Cloud Logging|Stackdriver Logging", category="observability", area="devops_sre", so="google-cloud-logging"),
    gcp("cloud-trace", "Cloud Trace", "+Cloud Trace|Google Cloud Trace|Stackdriver Trace", implies="distributed-tracing", category="observability", area="devops_sre"),
    gcp("iam", "Google Cloud IAM", "+IAM|Cloud IAM|GCP IAM roles", implies="iam", category="security", area="security"),
    gcp("vpc", "Google Cloud VPC", "+VPC|Google VPC|GCP VPC network|Shared VPC", implies="virtual-networks"),
    gcp("cloud-load-balancing", "Cloud Load Balancing", "+Cloud Load Balancing|+Load Balancer|Google Cloud Load Balancer|+Load Balancing", implies="load-balancing"),
    gcp("cloud-cdn", "Cloud CDN", "+Cloud CDN|Google Cloud CDN", implies="cdn"),
    gcp("cloud-armor", "Cloud Armor", "+Cloud Armor|Google Cloud Armor", implies="waf", category="security", area="security"),
    gcp("secret-manager", "Secret Manager", "+Secret Manager|Google Cloud Secret Manager", implies="secrets-management", category="security", area="security"),
    gcp("kms", "Cloud KMS", "+KMS|+Cloud KMS|Google Cloud KMS|Cloud Key Management Service", implies="encryption", category="security", area="security"),
    gcp("composer", "Cloud Composer", "+Cloud Composer|Google Cloud Composer|+Composer", implies="airflow", category="data_processing"),
    gcp("vertex-ai", "Vertex AI", "~Vertex AI|Google Vertex AI|+AI Platform", category="ml", so="google-cloud-vertex-ai"),
    gcp("apigee", "Apigee", "Apigee Edge|Apigee X|Apigee hybrid|+Apigee", implies="api-gateways", category="api", area="api_design", so="apigee"),
    gcp("cloud-endpoints", "Cloud Endpoints", "+Cloud Endpoints|Google Cloud Endpoints", implies="api-gateways", category="api", area="api_design", so="google-cloud-endpoints"),
    gcp("api-gateway", "Google API Gateway", "+API Gateway", implies="api-gateways", category="api", area="api_design"),
    gcp("deployment-manager", "Deployment Manager", "+Deployment Manager|Google Cloud Deployment Manager|Cloud Deployment Manager", implies="infrastructure-as-code", category="iac"),
    gcp("cloud-scheduler", "Cloud Scheduler", "+Cloud Scheduler|Google Cloud Scheduler"),
    gcp("cloud-tasks", "Cloud Tasks", "+Cloud Tasks|Google Cloud Tasks", category="messaging", so="google-cloud-tasks"),
    gcp("cloud-dns", "Cloud DNS", "+Cloud DNS|Google Cloud DNS"),
    gcp("cloud-nat", "Cloud NAT", "+Cloud NAT"),
    gcp("cloud-interconnect", "Cloud Interconnect", "+Cloud Interconnect|Dedicated Interconnect|Partner Interconnect"),
    gcp("looker", "Looker", "~Looker|Looker Studio|Google Data Studio|Data Studio", category="data_processing"),
    gcp("data-fusion", "Cloud Data Fusion", "+Data Fusion|Data Fusion", implies="etl", category="data_processing"),
    gcp("datastream", "Datastream", "+Datastream", implies="cdc", category="data_processing"),
    gcp("anthos", "Anthos", "~Anthos|GKE Enterprise", implies="kubernetes", category="orchestration" ),
    gcp("cloud-source-repositories", "Cloud Source Repositories", "+Cloud Source Repositories", implies="git", category="version_control", area="technical_expertise"),
    gcp("workflows", "Cloud Workflows", "+Workflows|+Cloud Workflows"),
    gcp("eventarc", "Eventarc", "~Eventarc", implies="event-driven-architecture", category="messaging"),
    gcp("filestore", "Filestore", "~Filestore|Cloud Filestore"),
    gcp("persistent-disk", "Persistent Disk", "+Persistent Disk|+Persistent Disks"),
    gcp("security-command-center", "Security Command Center", "+Security Command Center|+SCC", category="security", area="security"),
    gcp("dialogflow", "Dialogflow", "~Dialogflow|Dialogflow CX", category="ml"),
    gcp("vision-api", "Cloud Vision API", "+Vision API|Cloud Vision|+Cloud Vision", category="ml"),
    gcp("cloud-shell", "Cloud Shell", "+Cloud Shell", category="tool", area="technical_expertise"),
    gcp("gcloud-cli", "gcloud CLI", "gcloud sdk|Google Cloud SDK|Cloud SDK|gsutil|bq cli", category="tool"),
    gcp("identity-platform", "Identity Platform", "+Identity Platform|+Identity-Aware Proxy|+IAP|Identity-Aware Proxy", category="security", area="security"),
    gcp("gemini", "Gemini API", "+Gemini|Gemini Pro|Gemini API", category="ml"),
]
# fmt: on
