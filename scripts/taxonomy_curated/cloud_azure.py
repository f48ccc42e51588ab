# ruff: noqa: E501  (one skill per line reads best)
"""Microsoft Azure: the provider and its services (ids ``azure-…``, each implies azure).

``~X`` expands to "X", "Azure X" and "Microsoft Azure X"; ``+X`` only to the prefixed
forms (see ``provider_service``).
"""

from __future__ import annotations

from functools import partial

from _seed import Seed, provider_service, seed

TC = "tech_context"
azure = partial(provider_service, "azure", ("Azure", "Microsoft Azure"))

# fmt: off
SKILLS: list[Seed] = [
    seed("azure", "Azure", "cloud_provider", "microsoft azure|ms azure|azure cloud|windows azure", so="azure", implies="cloud-computing"),
    azure("app-service", "Azure App Service", "~App Service|~App Services|+Web Apps|Azure Web App|App Service plan", so="azure-web-app-service"),
    azure("functions", "Azure Functions", "+Function Apps|+Function App|Azure Durable Functions|Durable Functions", implies="serverless", so="azure-functions"),
    azure("aks", "Azure Kubernetes Service", "~AKS|+Kubernetes|Azure K8s", implies="kubernetes", category="orchestration", so="azure-aks"),
    azure("cosmos-db", "Azure Cosmos DB", "~Cosmos DB|~CosmosDB|cosmos|DocumentDB API", category="database_nosql", so="azure-cosmosdb", implies="document-databases"),
    azure("blob-storage", "Azure Blob Storage", "+Blob|+Blobs|+Storage|+Storage Account|+Storage Accounts|Azure Storage Blobs", so="azure-blob-storage"),
    azure("sql-database", "Azure SQL Database", "+SQL|+SQL DB|+SQL Managed Instance|+SQL Server", implies="sql-server|sql", category="database_relational", so="azure-sql-database"),
    azure("service-bus", "Azure Service Bus", "+Service Bus|+ASB", category="messaging", so="azureservicebus", implies="message-queues"),
    azure("event-hubs", "Azure Event Hubs", "+Event Hub|~Event Hubs|Event Hub", category="messaging", so="azure-eventhub", implies="event-streaming"),
    azure("key-vault", "Azure Key Vault", "+KeyVault|~Key Vault", implies="secrets-management", category="security", area="security", so="azure-keyvault"),
    azure("entra-id", "Microsoft Entra ID", "Azure AD|Azure Active Directory|AAD|Entra ID|Microsoft Entra|Azure AD B2C|Azure AD B2C|Entra External ID", implies="iam", category="security", area="security", so="azure-active-directory"),
    azure("monitor", "Azure Monitor", "", category="observability", area="devops_sre", so="azure-monitoring", implies="monitoring"),
    azure("application-insights", "Application Insights", "+Application Insights|App Insights|appinsights", category="observability", area="devops_sre", so="azure-application-insights"),
    azure("log-analytics", "Azure Log Analytics", "+Log Analytics workspace|~Log Analytics|KQL|Kusto Query Language|Kusto", category="observability", area="devops_sre"),
    azure("devops", "Azure DevOps", "ADO|Azure DevOps Services|Azure DevOps Server|TFS|Team Foundation Server|VSTS|Visual Studio Team Services", category="ci_cd", so="azure-devops"),
    azure("pipelines", "Azure Pipelines", "Azure DevOps Pipelines|Azure DevOps pipelines|ADO pipelines", implies="azure-devops|ci-cd", category="ci_cd", so="azure-pipelines"),
    azure("repos", "Azure Repos", "Azure DevOps Repos", implies="azure-devops|git", category="version_control", area="technical_expertise"),
    azure("boards", "Azure Boards", "Azure DevOps Boards", implies="azure-devops", category="tool", area="communication"),
    azure("artifacts", "Azure Artifacts", "", implies="azure-devops", category="build_tool"),
    azure("api-management", "Azure API Management", "~APIM|+APIM|+API Gateway", implies="api-gateways", category="api", area="api_design", so="azure-api-management"),
    azure("front-door", "Azure Front Door", "+AFD|+Front Door", implies="cdn"),
    azure("container-instances", "Azure Container Instances", "+ACI|+Container Instance", implies="containers", category="container", so="azure-container-instances"),
    azure("container-apps", "Azure Container Apps", "+Container App|+ACA", implies="containers", category="container"),
    azure("container-registry", "Azure Container Registry", "~ACR", implies="containers", category="container", so="azure-container-registry"),
    azure("logic-apps", "Azure Logic Apps", "~Logic Apps|+Logic App", so="azure-logic-apps"),
    azure("cache-for-redis", "Azure Cache for Redis", "+Redis Cache|+Redis|Azure Managed Redis", implies="redis", category="database_inmemory", so="azure-redis-cache"),
    azure("database-for-postgresql", "Azure Database for PostgreSQL", "+PostgreSQL|+Postgres|+Database for Postgres|+PostgreSQL Flexible Server", implies="postgresql", category="database_relational"),
    azure("database-for-mysql", "Azure Database for MySQL", "+MySQL|+MySQL Flexible Server", implies="mysql", category="database_relational"),
    azure("data-factory", "Azure Data Factory", "~ADF|+Data Factory|~ADF pipelines", implies="etl", category="data_processing", so="azure-data-factory"),
    azure("synapse", "Azure Synapse Analytics", "+Synapse|Synapse Analytics|Azure SQL Data Warehouse|Azure SQL DW", implies="data-warehousing", category="data_processing", so="azure-synapse"),
    azure("databricks", "Azure Databricks", "", implies="databricks", category="data_processing", so="azure-databricks"),
    azure("storage-queues", "Azure Queue Storage", "+Storage Queues|+Storage Queue|+Queues", category="messaging", so="azure-storage-queues", implies="message-queues"),
    azure("event-grid", "Azure Event Grid", "+EventGrid|~Event Grid", implies="event-driven-architecture", category="messaging", so="azure-eventgrid"),
    azure("virtual-machines", "Azure Virtual Machines", "+VMs|+VM|+Virtual Machine|+VM Scale Sets|+VMSS|VM Scale Sets", so="azure-virtual-machine"),
    azure("vnet", "Azure Virtual Network", "~VNet|+VNets|VNets|+Virtual Networks|+VNET peering|VNet peering", implies="virtual-networks", so="azure-virtual-network"),
    azure("load-balancer", "Azure Load Balancer", "", implies="load-balancing", so="azure-load-balancer"),
    azure("application-gateway", "Azure Application Gateway", "+App Gateway|Application Gateway|App Gateway", implies="load-balancing", so="azure-application-gateway"),
    azure("bicep", "Bicep", "+Bicep|Bicep templates", implies="infrastructure-as-code", category="iac", context=TC, so="azure-bicep"),
    azure("arm-templates", "ARM templates", "+Resource Manager|+Resource Manager templates|+ARM|ARM template|+ARM templates|Azure Resource Manager templates", implies="infrastructure-as-code", category="iac", so="azure-resource-manager"),
    azure("static-web-apps", "Azure Static Web Apps", "+Static Web App|+SWA", so="azure-static-web-apps"),
    azure("stream-analytics", "Azure Stream Analytics", "~Stream Analytics|+ASA", category="data_processing", so="azure-stream-analytics"),
    azure("table-storage", "Azure Table Storage", "+Tables|+Table Storage|+Table Service", category="database_nosql", so="azure-table-storage", implies="key-value-stores"),
    azure("files", "Azure Files", "+File Storage|+File Share|+File Shares", so="azure-files"),
    azure("firewall", "Azure Firewall", "", category="security", area="security"),
    azure("ddos-protection", "Azure DDoS Protection", "", implies="ddos-mitigation", category="security", area="security"),
    azure("sentinel", "Microsoft Sentinel", "Azure Sentinel", implies="siem", category="security", area="security"),
    azure("defender", "Microsoft Defender for Cloud", "Azure Defender|Azure Security Center|Defender for Cloud|+Security Center", category="security", area="security"),
    azure("policy", "Azure Policy", "Azure Policies", category="security", area="security"),
    azure("cdn", "Azure CDN", "+Content Delivery Network", implies="cdn", so="azure-cdn"),
    azure("dns", "Azure DNS", "+DNS zones|Azure Private DNS"),
    azure("traffic-manager", "Azure Traffic Manager", "+Traffic Manager", so="azure-traffic-manager" ),
    azure("expressroute", "Azure ExpressRoute", "~ExpressRoute|express route"),
    azure("vpn-gateway", "Azure VPN Gateway", "+VPN|+VPN Gateway|+Virtual WAN|Virtual WAN"),
    azure("batch", "Azure Batch", "", category="data_processing"),
    azure("machine-learning", "Azure Machine Learning", "+ML|Azure ML Studio|AzureML|+ML Studio", category="ml", so="azure-machine-learning-service"),
    azure("openai", "Azure OpenAI Service", "+OpenAI|Azure OpenAI|+AI Foundry|Azure AI Studio", category="ml"),
    azure("cognitive-services", "Azure AI Services", "+Cognitive Services|+AI services|+AI Search|+Cognitive Search", category="ml", so="azure-cognitive-services"),
    azure("spring-apps", "Azure Spring Apps", "+Spring Cloud|+Spring Apps", implies="spring-boot"),
    azure("signalr-service", "Azure SignalR Service", "+SignalR|+Web PubSub", implies="signalr"),
    azure("notification-hubs", "Azure Notification Hubs", "+Notification Hub", category="messaging" ),
    azure("managed-identity", "Azure Managed Identities", "+Managed Identity|Managed Identities|Managed Identity|+Service Principal|+Service Principals", implies="iam", category="security", area="security"),
    azure("service-fabric", "Azure Service Fabric", "~Service Fabric", category="orchestration", so="azure-service-fabric"),
    azure("arc", "Azure Arc", "", category="orchestration"),
    azure("hdinsight", "Azure HDInsight", "~HDInsight|HD Insight", implies="hadoop", category="data_processing", so="azure-hdinsight"),
    azure("data-lake-storage", "Azure Data Lake Storage", "~ADLS|ADLS Gen2|+Data Lake|+Data Lake Storage Gen2|+Data Lake Store", implies="data-lake", so="azure-data-lake"),
    azure("purview", "Microsoft Purview", "Azure Purview", category="data_processing"),
    azure("automation", "Azure Automation", "+Automation Runbooks|+Runbooks", category="config_mgmt", area="devops_sre"),
    azure("site-recovery", "Azure Site Recovery", "+ASR", implies="backup-recovery"),
    azure("backup", "Azure Backup", "", implies="backup-recovery"),
    azure("cli", "Azure CLI", "az cli|azure-cli", category="tool"),
    azure("sdk", "Azure SDK", "azure sdk for python|azure sdk for .net|azure sdk for java", category="library"),
    azure("virtual-desktop", "Azure Virtual Desktop", "~AVD|Windows Virtual Desktop"),
    azure("iot-hub", "Azure IoT Hub", "+IoT|~IoT Hub|Azure IoT Edge"),
    azure("communication-services", "Azure Communication Services", "", category="messaging"),
    azure("data-explorer", "Azure Data Explorer", "+ADX", category="data_processing"),
]
# fmt: on
