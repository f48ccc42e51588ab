# ruff: noqa: E501  (one skill per line reads best)
"""Cloud providers other than the big three, edge platforms and platform-as-a-service."""

from __future__ import annotations

from _seed import Seed, seed

CS = "case_sensitive"
TC = "tech_context"
P = "cloud_provider"
S = "cloud_service"

# fmt: off
SKILLS: list[Seed] = [
    seed("cloud-computing", "Cloud computing", "practice", "cloud infrastructure|cloud platforms|cloud services|cloud-based|public cloud|private cloud|iaas|paas|saas|cloud|cloud technologies|cloud platform|cloud deployment", area="cloud", context=TC),
    seed("digitalocean", "DigitalOcean", P, "digital ocean|do droplets|droplets|digitalocean app platform", implies="cloud-computing"),
    seed("heroku", "Heroku", P, "heroku dynos|heroku postgres", implies="cloud-computing"),
    seed("linode", "Linode", P, "akamai cloud|akamai connected cloud", implies="cloud-computing"),
    seed("oracle-cloud", "Oracle Cloud Infrastructure", P, "oci|oracle cloud|oracle cloud infrastructure (oci)", so="oracle-cloud-infrastructure", implies="cloud-computing"),
    seed("ibm-cloud", "IBM Cloud", P, "bluemix|ibm bluemix|softlayer", implies="cloud-computing"),
    seed("alibaba-cloud", "Alibaba Cloud", P, "aliyun", implies="cloud-computing"),
    seed("tencent-cloud", "Tencent Cloud", P, "", implies="cloud-computing"),
    seed("hetzner", "Hetzner", P, "hetzner cloud", implies="cloud-computing"),
    seed("ovhcloud", "OVHcloud", P, "ovh", implies="cloud-computing"),
    seed("scaleway", "Scaleway", P, "", implies="cloud-computing"),
    seed("vultr", "Vultr", P, "", implies="cloud-computing"),
    seed("openstack", "OpenStack", P, "swift object storage", implies="cloud-computing"),
    seed("cloudflare", "Cloudflare", P, "cloudflare cdn|cloudflare dns|cloudflare zero trust|cloudflare r2|r2 storage", implies="cdn"),
    seed("cloudflare-workers", "Cloudflare Workers", S, "workers kv|durable objects|cloudflare pages", implies="cloudflare|serverless"),
    seed("vercel", "Vercel", P, "zeit now|vercel functions|vercel edge functions"),
    seed("netlify", "Netlify", P, "netlify functions"),
    seed("fly-io", "Fly.io", P, "flyio|fly io"),
    seed("render", "Render (cloud platform)", P, "render.com"),
    seed("railway", "Railway (cloud platform)", P, "railway.app"),
    seed("akamai", "Akamai", P, "akamai cdn|akamai edge", implies="cdn"),
    seed("fastly", "Fastly", P, "fastly compute|fastly cdn", implies="cdn"),
    seed("backblaze", "Backblaze B2", S, "backblaze|b2 cloud storage"),
    seed("minio", "MinIO", S, "minio s3"),
    seed("ceph", "Ceph", S, "rook ceph|ceph storage"),
    seed("glusterfs", "GlusterFS", S, "gluster"),
    seed("nfs", "NFS", S, "network file system|storage area network|iscsi|cifs", area="technical_expertise"),
    seed("cloud-foundry", "Cloud Foundry", S, "pivotal cloud foundry|pcf|tanzu application service|vmware tanzu|tanzu"),
    seed("edge-computing", "Edge computing", "practice", "edge functions|edge workers|edge compute", area="cloud"),
    seed("appwrite", "Appwrite", S, "pocketbase", implies="mobile-backend"),
]
# fmt: on
