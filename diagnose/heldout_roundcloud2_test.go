package diagnose

import (
	"testing"
	"time"
)

// roundcloud2Cases: a held-out round on the second ring of cloud, hosting
// and storage providers (OVHcloud, UpCloud, Proxmox VE, Backblaze B2,
// Linode, Cloudflare R2, IBM Cloud IAM, Railway, Huawei Cloud, Alibaba
// Cloud DNS and Function Compute, Nutanix, Cloudinary, OpenStack Swift
// and Nova, Tencent Cloud and DNSPod, Vultr, Scaleway, Heroku, Oracle
// OCI, MinIO, Vercel, Exoscale, Hetzner Cloud, vSphere). Gathered and given their expected first
// cause from the catalog before the diagnosis code was read; a comment
// says why when two codes could fit. First run, before any fix: first
// cause right in 34 of 40 (refusals 27 of 33, token endpoint refusals 1
// of 1, non-refusals 6 of 6 given no cause or rate_limited); 40 of 40
// after the readings the misses lacked (an Authorization value in the
// API's own label=value format has its scheme; a token or key said not
// authorized for this endpoint is a permission; a credential of the
// wrong length is refused; a Python framework's default 403 page is no
// WAF's; the information authentication needs said not provided is no
// credential found; a 403 that only says authorization is required did
// not take the credential). One expectation changed on reflection
// (Linode's, below, with the reason).
func roundcloud2Cases(now time.Time) []provCase {
	json := jsonCT
	ovh := headerCred("X-Ovh-Consumer", "OVH_CONSUMER_KEY", "MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1")
	ovhErr := func(code, status, msg string) string {
		return `{"errorCode":"` + code + `","httpCode":"` + status + `","message":"` + msg + `"}`
	}
	pveToken := headerCred("Authorization", "PVE_API_TOKEN", "PVEAPIToken=terraform@pve!provider=3f2e1d0c-9b8a-4f6e-9d4c-3b2a1f0e9d8c")
	b2Token := headerCred("Authorization", "B2_AUTH_TOKEN", "4_0022623512fc8f80000000001_01a5a9c6_7b5f1a_acct_Zk9yV2hhdEl0c1dvcnRo=")
	linode := bearer("LINODE_TOKEN", "9f2b4c6d8e0a1b3c5d7e9f0a2b4c6d8e0a1b3c5d7e9f0a2b4c6d8e0a1b3c5d7e")
	huawei := headerCred("Authorization", "HUAWEI_SIGNED_AUTH", "SDK-HMAC-SHA256 Access=HPUAL2CAVJ6GPU2KXJ3Q, SignedHeaders=host;x-project-id;x-sdk-date, Signature=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")
	huaweiErr := func(msg, id string) string {
		return `{"error_msg":"` + msg + `","error_code":"APIGW.0301","request_id":"` + id + `"}`
	}
	nutanix := basicCred("svc-terraform", "Nx-7q2Lm9pR4sT6v")
	swift := headerCred("X-Auth-Token", "SWIFT_AUTH_TOKEN", "gAAAAABkQ2hpY2tlbkZpbmdlcnNPZlRoZVdvcmxkVW5pdGU5ZmE3")
	tencent := headerCred("Authorization", "TENCENT_SIGNED_AUTH", "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2020-05-18/sms/tc3_request, SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c")
	return []provCase{
		// OVHcloud: application key, consumer key and a signature in
		// X-Ovh-* headers.
		{src: "https://github.com/baarde/cert-manager-webhook-ovh/issues/5", name: "OVH 403 INVALID_CREDENTIAL This credential does not exist", status: 403,
			header: json(), body: ovhErr("INVALID_CREDENTIAL", "403 Forbidden", "This credential does not exist"), cred: ovh, path: "/1.0/domain/zone/example.com/status", want: CredentialRejected},
		// The consumer key's access rules do not cover this call. The rules
		// act as scopes, but the answer does not say a scope is missing, so
		// a careful user reads a permission the credential lacks:
		// permission_denied rather than server_insufficient_scope.
		{src: "https://github.com/ovh/python-ovh/issues/86", name: "OVH 403 NOT_GRANTED_CALL This call has not been granted", status: 403,
			header: json(), body: ovhErr("NOT_GRANTED_CALL", "403 Forbidden", "This call has not been granted"), cred: ovh, path: "/1.0/me", want: PermissionDenied},

		// UpCloud: Basic with the API user's name and password.
		{src: "https://github.com/UpCloudLtd/upcloud-python-api/issues/45", name: "UpCloud 401 AUTHENTICATION_FAILED with the given username and password", status: 401,
			header: json(), body: `{"error":{"error_code":"AUTHENTICATION_FAILED","error_message":"Authentication failed using the given username and password."}}`,
			cred: basicCred("apiuser", "Up-Cl0ud-pw-2018"), path: "/1.3/account", want: CredentialRejected},

		// Proxmox VE puts its reason in the status line; the body is
		// {"data":null} or empty.
		{src: "https://github.com/c0depool/c0depool-iac/issues/2", name: "Proxmox 403 Permission check failed, body data null", status: 403,
			header: json(), body: `{"data":null}`, cred: pveToken, method: "POST", path: "/api2/json/nodes/pve/qemu", want: PermissionDenied},
		{src: "https://github.com/takala-jp/zabbix-proxmox/issues/25", name: "Proxmox 401 invalid PVE ticket, empty body", status: 401,
			header: map[string]string{"Content-Type": "application/json;charset=UTF-8"}, body: "",
			cred: headerCred("Cookie", "PVE_TICKET", "PVEAuthCookie=PVE:zabbix@pve:6181A2B3::Zk9yV2hhdEl0c1dvcnRoMTIzNDU2Nzg5MA=="), path: "/api2/json/nodes/pmx01/status", want: CredentialRejected},

		// Backblaze B2 native API.
		{src: "https://github.com/Backblaze/B2_Command_Line_Tool/issues/313", name: "Backblaze B2 401 unauthorized with an empty message (authorize_account)", status: 401,
			header: json(), body: "{\n  \"code\": \"unauthorized\",\n  \"message\": \"\",\n  \"status\": 401\n}",
			cred: basicCred("0022623512fc8f80000000001", "K002Zk9yV2hhdEl0c1dvcnRoMTIzNDU2Nzg"), path: "/b2api/v2/b2_authorize_account", want: CredentialRejected},
		{src: "https://github.com/Backblaze/B2_Command_Line_Tool/issues/351", name: "Backblaze B2 401 bad_auth_token Invalid authorization token", status: 401,
			header: json(), body: `{"code":"bad_auth_token","message":"Invalid authorization token","status":401}`,
			cred: b2Token, method: "POST", path: "/b2api/v2/b2_list_buckets", want: CredentialRejected},

		// Linode: a personal access token whose scopes do not include the
		// endpoint's area. Expected server_insufficient_scope at first;
		// changed on reflection: the catalog keeps that code for answers
		// that say insufficient_scope or list scopes, and this one names
		// none, while permission_denied is "the credential lacks a role,
		// scope, permission" in the server's words.
		{src: "https://github.com/linode/linode-cli/issues/142", name: "Linode 401 Your OAuth token is not authorized to use this endpoint", status: 401,
			header: json(), body: `{"errors":[{"reason":"Your OAuth token is not authorized to use this endpoint."}]}`,
			cred: linode, method: "POST", path: "/v4/object-storage/buckets", want: PermissionDenied},

		// Cloudflare R2 (S3 API): the access key id has the wrong length
		// (a token or the secret pasted where the key id goes).
		{src: "https://github.com/grafana/loki/issues/9224", name: "R2 400 InvalidArgument Credential access key has length 25, should be 32", status: 400,
			header: map[string]string{"Content-Type": "application/xml"},
			body:   `<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidArgument</Code><Message>Invalid Argument: Credential access key has length 25, should be 32</Message></Error>`,
			cred:   headerCred("Authorization", "R2_SIGV4", "AWS4-HMAC-SHA256 Credential=Zk9yV2hhdEl0c1dvcnRoMTIz/20230421/auto/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024"),
			method: "PUT", path: "/loki-chunks/fake/1a2b3c", want: CredentialRejected},

		// Railway's GraphQL API: 200 with an errors list; the access token
		// had expired, but the answer says only "Not Authorized".
		{src: "https://github.com/railwayapp/railway-skills/pull/81", name: "Railway GraphQL 200 Not Authorized (expired access token)", status: 200,
			header: json(), body: `{"errors":[{"message":"Not Authorized","extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}`,
			cred: bearer("RAILWAY_API_TOKEN", "3f2e1d0c-9b8a-4f6e-9d4c-3b2a1f0e9d8c"), method: "POST", path: "/graphql/v2", want: CredentialRejected},

		// Huawei Cloud API Gateway: AK/SK signatures.
		{src: "https://github.com/jeessy2/ddns-go/issues/844", name: "Huawei Cloud 401 APIGW.0301 ak not exist", status: 401,
			header: json("Server", "api-gateway"), body: huaweiErr("Incorrect IAM authentication information: ak LTAI5tDvssj9BBMtAGT3HoTT not exist", "8080d377bffeb6d519b0567c09cebe6b"),
			cred: huawei, path: "/v2/recordsets?type=A&name=www.example.com", want: CredentialRejected},
		{src: "https://github.com/NewFuture/DDNS/issues/136", name: "Huawei Cloud 401 APIGW.0301 verify aksk signature fail", status: 401,
			header: json("Server", "api-gateway"), body: huaweiErr("Incorrect IAM authentication information: verify aksk signature fail", "882e6b1449702d09629402496089a284"),
			cred: huawei, path: "/v2/zones", want: CredentialRejected},
		{src: "https://github.com/NewFuture/DDNS/issues/136", name: "Huawei Cloud 401 APIGW.0301 Get secretKey failed, ak not exist", status: 401,
			header: json("Server", "api-gateway"), body: huaweiErr("Incorrect IAM authentication information: Get secretKey failed,ak:zyczy123123,err:ak not exist", "c619857aa68f5ca8fdc888f34a50e3f2"),
			cred: huawei, path: "/v2/zones", want: CredentialRejected},

		// Alibaba Cloud RPC API (DNS): the key id and a signature in the query.
		{src: "https://github.com/acmesh-official/acme.sh/issues/1049", name: "Alibaba Cloud DNS 400 SignatureDoesNotMatch", status: 400,
			header: json(), body: `{"Message":"Specified signature is not matched with our calculation.","RequestId":"19946532-3A41-4A5E-A94B-19E7FCA10812","HostId":"alidns.aliyuncs.com","Code":"SignatureDoesNotMatch"}`,
			cred: apiKey("ALI_KEY", "LTAI4GExampleKeyId7Hq2", "", "AccessKeyId"), path: "/?Action=DescribeDomainRecords&DomainName=example.top&Format=json", want: CredentialRejected},

		// Nutanix Prism v3.
		{src: "https://github.com/nutanix/terraform-provider-nutanix/issues/93", name: "Nutanix 401 AUTHENTICATION_REQUIRED, Basic realm in details", status: 401,
			header: json(), body: `{"state": "ERROR", "code": 401, "message_list": [{"reason": "AUTHENTICATION_REQUIRED", "message": "Authentication required.", "details": "Basic realm=\"Intent Gateway Login Required\""}], "api_version": "3.1"}`,
			cred: nutanix, path: "/api/nutanix/v3/images/9e6b62a9-f397-4839-8eed-c7bae60447de", want: CredentialRejected},
		{src: "https://github.com/nutanix/terraform-provider-nutanix/issues/93", name: "Nutanix 403 ACCESS_DENIED No permission to access the resource", status: 403,
			header: json(), body: "{\n  \"api_version\": \"3.1\",\n  \"code\": 403,\n  \"message_list\": [\n    {\n      \"message\": \"No permission to access the resource. <Request 'http://prismcentral.example.com:9440/v3/images/9e6b62a9-f397-4839-8eed-c7bae60447de' [GET]>\",\n      \"reason\": \"ACCESS_DENIED\"\n    }\n  ],\n  \"state\": \"ERROR\"\n}",
			cred: nutanix, path: "/api/nutanix/v3/images/9e6b62a9-f397-4839-8eed-c7bae60447de", want: PermissionDenied},
		{src: "https://github.com/nutanix/nutanix.ansible/pull/648", name: "Nutanix 401 AUTHENTICATION_REQUIRED Invalid Credentials", status: 401,
			header: json(), body: `{"state": "ERROR", "code": 401, "message_list": [{"reason": "AUTHENTICATION_REQUIRED", "message": "Authentication required.", "details": "Invalid Credentials"}], "api_version": "3.1"}`,
			cred: nutanix, method: "POST", path: "/api/nutanix/v3/vms/list", want: CredentialRejected},

		// Cloudinary: a signature over the parameters, made with the API secret.
		{src: "https://github.com/cloudinary/cloudinary_java/issues/53", name: "Cloudinary 401 Invalid Signature, string to sign", status: 401,
			header: json(), body: `{"error":{"message":"Invalid Signature f11d48772281ea76f3fc49f25cb048ddef90a43d. String to sign - 'timestamp=1479686175'."}}`,
			cred: apiKey("CLOUDINARY_API_KEY", "874837483274837", "", "api_key"), method: "POST", path: "/v1_1/demo/image/upload", want: CredentialRejected},

		// OpenStack Swift and Nova behind Keystone.
		{src: "https://github.com/gaul/s3proxy/issues/82", name: "Swift 401 html Unauthorized with X-Auth-Token", status: 401,
			header: map[string]string{"Content-Type": "text/html; charset=UTF-8"}, body: `<html><h1>Unauthorized</h1><p>This server could not verify that you are authorized to access the document you requested.</p></html>`,
			cred: swift, path: "/v1/AUTH_4f6e5d4c/container_0/", want: CredentialRejected},
		{src: "https://github.com/AJNOURI/COA/issues/25", name: "Swift 403 html Forbidden Access was denied to this resource", status: 403,
			header: map[string]string{"Content-Type": "text/html; charset=UTF-8"}, body: `<html><h1>Forbidden</h1><p>Access was denied to this resource.</p></html>`,
			cred: swift, method: "PUT", path: "/v1/AUTH_62c353aacad140488aac55552b659334/container-test2", want: PermissionDenied},
		// The request went without X-Auth-Token (the client found no
		// token); Keystone's challenge names itself.
		{src: "https://github.com/gtema/openstack/issues/1243", name: "Nova 401 requires authentication, Keystone challenge, nothing sent", status: 401,
			header: json("Www-Authenticate", `Keystone uri="http://keystone.in.svc.cluster.local:5000/keystone/v3"`), body: `{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}`,
			path: "/nova/v2.1", want: NoCredentialsSent},

		// Tencent Cloud API 3.0 answers 200 with Response.Error.
		{src: "https://github.com/TencentCloud/tencentcloud-sdk-java/issues/78", name: "Tencent Cloud 200 AuthFailure.UnauthorizedOperation, no CAM permission", status: 200,
			header: json(), body: `{"Response":{"Error":{"Code":"AuthFailure.UnauthorizedOperation","Message":"You are not authorized to perform this operation. Check your CAM policies, and ensure that you are using the correct access keys. [[request id:6ecbe97c-fadb-4798-8afa-4e56b9e0f3da]you are not authorized to perform operation (sms:SendSms)\nresource (*) has no permission\n]"},"RequestId":"6ecbe97c-fadb-4798-8afa-4e56b9e0f3da"}}`,
			cred: tencent, method: "POST", path: "/", want: PermissionDenied},
		{src: "https://github.com/tencentcloudstack/terraform-provider-tencentcloud/issues/278", name: "Tencent Cloud 200 UnauthorizedOperation.PermissionDenied send request err", status: 200,
			header: json(), body: "{\n        \"Response\" : {\n                \"RequestId\" : \"e0594b7c-3992-46f1-883f-5a417b12fd2e\",\n                \"Error\" : {\n                        \"Code\" : \"UnauthorizedOperation.PermissionDenied\",\n                        \"Message\" : \"send request err\"\n                }\n        }\n}",
			cred: tencent, method: "POST", path: "/", want: PermissionDenied},
		{src: "https://github.com/ddgth/cf2dns/issues/100", name: "DNSPod 4102 SecretidNotAuthAccessResource", status: 200,
			header: json(), body: `{"code":4102,"message":"[request id:1f2e3d4c]you are not authorized to perform operation (cns:RecordList)\nresource (*) has no permission\n","codeDesc":"SecretidNotAuthAccessResource"}`,
			cred: apiKey("TENCENT_SECRET_ID", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "", "SecretId"), path: "/v2/index.php?Action=RecordList&domain=example.com", want: PermissionDenied},

		// Vultr API v1: a plain-text answer.
		{src: "https://github.com/vultr/whmcs-vultr/issues/75", name: "Vultr 403 plain Invalid API key", status: 403,
			header: map[string]string{"Content-Type": "text/plain; charset=utf-8"}, body: "Invalid API key",
			cred: apiKey("VULTR_API_KEY", "Q2hpY2tlbkZpbmdlcnNPZlRoZVdvcmxk", "API-Key", ""), path: "/v1/server/list", want: CredentialRejected},

		// Heroku's legacy error shape: "error" beside the id.
		{src: "https://github.com/mattpolito/paratrooper/issues/71", name: "Heroku 403 forbidden You do not have access to the app (error field)", status: 403,
			header: json(), body: `{"id":"forbidden","error":"You do not have access to the app [APPNAME]."}`,
			cred: bearer("HEROKU_API_KEY", "ea7a7171-74ab-4858-8bb4-d6732d99d6f9"), method: "POST", path: "/apps/appname/ps/scale", want: PermissionDenied},

		// Oracle OCI: a signature was sent, but the answer says the
		// information was not provided (the client's HTTP library dropped
		// or mangled the signed headers): sent where it is not read.
		{src: "https://github.com/oracle/oci-java-sdk/issues/356", name: "OCI 401 NotAuthenticated authentication was not provided, signature sent", status: 401,
			header: json(), body: `{"code":"NotAuthenticated","message":"The required information to complete authentication was not provided."}`,
			cred: headerCred("Authorization", "OCI_SIGNATURE", `Signature version="1",keyId="ocid1.tenancy.oc1..aaaa/ocid1.user.oc1..aaaa/3b:97:13:20",algorithm="rsa-sha256",headers="(request-target) date host",signature="Zk9yV2hhdEl0c1dvcnRo"`),
			path: "/20160918/availabilityDomains?compartmentId=ocid1.tenancy.oc1..aaaa", want: CredentialInWrongPlace},

		// MinIO (S3 API).
		{src: "https://github.com/minio/minio/issues/2696", name: "MinIO 403 SignatureDoesNotMatch with Resource and RequestId", status: 403,
			header: map[string]string{"Content-Type": "application/xml", "Server": "Minio/RELEASE.2016-09-11T17-42-18Z (linux; amd64)"},
			body:   `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><Key></Key><BucketName></BucketName><Resource>/testbucket</Resource><RequestId>3L137</RequestId><HostId>3L137</HostId></Error>`,
			cred:   headerCred("Authorization", "MINIO_SIGV4", "AWS4-HMAC-SHA256 Credential=Q3AM3UQ867SPQQA43P2F/20160914/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=846c93d480337a53eba38b290d9e9e5bfdf6d53b1e68f184177cd29d758b849f"),
			path:   "/testbucket", want: CredentialRejected},

		// Vercel: the token's user may not create projects in this team.
		// The log cut the body after "resource"; it is closed there.
		{src: "https://github.com/dyad-sh/dyad/issues/4175", name: "Vercel 403 forbidden You don't have permission to create the project", status: 403,
			header: map[string]string{"Content-Type": "application/json; charset=utf-8"}, body: `{"error":{"code":"forbidden","message":"You don't have permission to create the project.","action":"create","resource":"project"}}`,
			cred: bearer("VERCEL_TOKEN", "vcp_Zk9yV2hhdEl0c1dvcnRoMTIzNDU2Nzg5MA"), method: "POST", path: "/v10/projects", want: PermissionDenied},

		// Alibaba Cloud Function Compute: a signature over the request.
		{src: "https://github.com/alibaba-archive/fcli/issues/6", name: "Alibaba Function Compute 403 SignatureNotMatch", status: 403,
			header: json(), body: "{\n  \"HttpStatus\": 403,\n  \"RequestId\": \"...\",\n  \"ErrorCode\": \"SignatureNotMatch\",\n  \"ErrorMessage\": \"signature does not match\"\n}",
			cred: headerCred("Authorization", "FC_SIGNED_AUTH", "FC LTAI4GExampleKeyId7Hq2:Zk9yV2hhdEl0c1dvcnRoMTIzNDU2Nzg5MA="), method: "POST", path: "/2016-08-15/services/demo/functions", want: CredentialRejected},

		// Proxmox: the client never got a ticket (its login failed), so the
		// call went without one.
		{src: "https://github.com/knisshoku/pvea/issues/16", name: "Proxmox 401 No ticket, nothing sent", status: 401,
			header: map[string]string{"Content-Type": "application/json;charset=UTF-8"}, body: "", path: "/api2/json/cluster/resources", want: NoCredentialsSent},

		// Exoscale's first API was CloudStack: the error sits in the
		// command's response object.
		{src: "https://github.com/exoscale/cli/issues/11", name: "Exoscale 401 unable to verify user credentials and/or request signature", status: 401,
			header: json(), body: `{ "listzonesresponse" : {"uuidList":[],"errorcode":401,"errortext":"unable to verify user credentials and/or request signature"} }`,
			cred: apiKey("EXOSCALE_API_KEY", "EXO2f3e1d0c9b8a4f6e9d4c3b2a", "", "apiKey"), path: "/compute?command=listZones&response=json", want: CredentialRejected},

		// Scaleway's first API: a type and a message. A token was sent and
		// the answer says authorization is required: the token was not
		// taken.
		{src: "https://github.com/stefanprodan/k8s-scw-baremetal/issues/13", name: "Scaleway 403 authorization_required Authorization required", status: 403,
			header: json(), body: `{"message":"Authorization required","type":"authorization_required"}`,
			cred: headerCred("X-Auth-Token", "SCW_TOKEN", "3f2e1d0c-9b8a-4f6e-9d4c-3b2a1f0e9d8c"), method: "POST", path: "/ips", want: CredentialRejected},
	}
}

// roundcloud2TokenCases: token endpoints' refusals in this round (IBM
// Cloud IAM exchanges an API key for a token).
func roundcloud2TokenCases() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/watson-developer-cloud/food-coach/issues/28", name: "IBM Cloud IAM 400 BXNIM0415E Provided API key could not be found", status: 400,
			body: `{"context":{"requestId":"4062801983","requestType":"incoming.Identity_Token","userAgent":"watson-developer-cloud-nodejs-3.7.0;","clientIp":"169.47.199.81","url":"https://iam-id-2.ng.bluemix.net","instanceId":"iamid-788c86fd5c-c8d94","threadId":"42055","host":"iamid-788c86fd5c-c8d94","startTime":"30.07.2018 18:01:41:962 UTC","endTime":"30.07.2018 18:01:42:027 UTC","elapsedTime":"65","locale":"en_US","clusterName":"iam-id-prdal12-8brn"},"errorCode":"BXNIM0415E","errorMessage":"Provided API key could not be found"}`,
			want: CredentialRejected},
	}
}

// roundcloud2NonRefusals: answers of the same providers that look alike
// but are not about the credential: a validation error, a duplicate name,
// a missing operation, and two real rate limits.
func roundcloud2NonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/linode/linode-api-docs/pull/255", name: "Linode 400 label is required (field)", status: 400, header: jsonCT(),
			body: `{"errors": [{"reason": "label is required", "field": "label"}]}`, path: "/v4/lke/clusters"},
		{src: "https://github.com/querylab/lazywarden/issues/39", name: "Backblaze B2 400 duplicate_bucket_name", status: 400, header: jsonCT(),
			body: `{"code":"duplicate_bucket_name","message":"Bucket name is already in use: Bitwarden-Drive-Backup","status":400}`, path: "/b2api/v2/b2_create_bucket"},
		{src: "https://github.com/vmware-archive/vsphere-automation-sdk-rest/issues/40", name: "vSphere 404 operation_not_found", status: 404, header: jsonCT(),
			body: "{\n    \"type\": \"com.vmware.vapi.std.errors.operation_not_found\",\n    \"value\": {\n        \"messages\": [\n            {\n                \"args\": [\n                    \"com.vmware.vcenter.VM\"\n                ],\n                \"default_message\": \"Cannot find service 'com.vmware.vcenter.VM'.\",\n                \"id\": \"vapi.method.input.invalid.interface\"\n            }\n        ]\n    }\n}", path: "/rest/vcenter/vm"},
		// A token answer: 200 with an access_token; refresh_token says
		// "not_supported" as data.
		{src: "https://cloud.ibm.com/docs/account?topic=account-iamtoken_from_apikey", name: "IBM Cloud IAM 200 token answer, refresh_token not_supported", status: 200, header: jsonCT(),
			body: "{\n  \"access_token\": \"eyJraWQiOiIyMDE3MTAzMC0wMDowMDowMCIsImFsZyI6IlJTMjU2In0.eyJpYW1faWQiOiJJQk1pZC0yNzAwMDJQRTZGIn0.c2lnbmF0dXJl\",\n  \"refresh_token\": \"not_supported\",\n  \"token_type\": \"Bearer\",\n  \"expires_in\": 3600,\n  \"expiration\": 1512081843,\n  \"scope\": \"ibm openid\"\n}", path: "/identity/token"},
		{src: "https://github.com/rclone/rclone/issues/3990", name: "Backblaze B2 429 too_many_requests calls per minute", status: 429, header: jsonCT(),
			body: `{"code":"too_many_requests","message":"200 calls/minute allowed for: API_LIST_FILE_NAMES_CALLED","status":429}`, path: "/b2api/v2/b2_list_file_names", want: RateLimited},
		{src: "https://github.com/testflows/TestFlows-GitHub-Hetzner-Runners/issues/18", name: "Hetzner Cloud 429 rate_limit_exceeded limit of 3600 requests per hour", status: 429, header: jsonCT("RateLimit-Limit", "3600", "RateLimit-Remaining", "0"),
			body: `{"error":{"code":"rate_limit_exceeded","message":"limit of 3600 requests per hour reached","details":{}}}`, path: "/v1/servers", want: RateLimited},
	}
}

// TestHeldoutRoundcloud2: see roundcloud2Cases.
func TestHeldoutRoundcloud2(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundcloud2", cases: roundcloud2Cases(time.Now()), tokens: roundcloud2TokenCases(), nonRefusals: roundcloud2NonRefusals()})
}

// lateRoundcloud2Cases: late answers of S3-compatible stores (Yandex
// Object Storage, Wasabi, IBM Cloud Object Storage and one unnamed),
// gathered after the fixes above and run once as they were given their
// expected first cause. Late: first cause right in 6 of 7 (refusals 4 of
// 5, non-refusals 2 of 2); 7 of 7 after the reading the miss lacked (a
// header said present but not signed is the signature's fault).
func lateRoundcloud2Cases() []provCase {
	xml := map[string]string{"Content-Type": "application/xml"}
	sig := func(src, keyID string) *Credential {
		return headerCred("Authorization", src, "AWS4-HMAC-SHA256 Credential="+keyID+"/20211126/ru-central1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c")
	}
	return []provCase{
		// The log cut the body inside <Resource>; it is closed there.
		{src: "https://github.com/DubZero/AspNetCore.Yandex.ObjectStorage/issues/18", name: "Yandex Object Storage 403 SignatureDoesNotMatch", status: 403, header: xml,
			body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><Resource>/storage/uploads/619f93e10917c967fa15e8af/2022</Resource></Error>",
			cred: sig("YC_STORAGE_SIGV4", "YCAJEqBE3S6DqXm4pR7tW2kLz"), method: "PUT", path: "/storage/uploads/619f93e10917c967fa15e8af/2022/883b0104.zip", want: CredentialRejected},
		// The issue quotes the message; the envelope is S3's for it.
		{src: "https://github.com/Altinity/clickhouse-backup/issues/30", name: "Yandex Object Storage 403 headers present in the request which were not signed", status: 403, header: xml,
			body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>There were headers present in the request which were not signed</Message></Error>",
			cred: sig("YC_STORAGE_SIGV4", "YCAJEqBE3S6DqXm4pR7tW2kLz"), method: "PUT", path: "/backups/shadow/default/table.tar", want: CredentialRejected},
		{src: "https://github.com/zombiezen/nixcached/issues/20", name: "S3-compatible 403 SignatureDoesNotMatch Access denied.", status: 403, header: xml,
			body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>Access denied.</Message></Error>",
			cred: sig("S3_SIGV4", "0022623512fc8f80000000002"), path: "/my-bucket/nix-cache-info", want: CredentialRejected},
		{src: "https://github.com/async-aws/aws/issues/1184", name: "Wasabi 403 InvalidAccessKeyId", status: 403, header: xml,
			body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message></Error>",
			cred: sig("WASABI_SIGV4", "03SUQV57YGWGTZCHWJ2G"), method: "PUT", path: "/backups/orders.csv", want: CredentialRejected},
		// An IAM API key put where the HMAC access key id goes: the answer
		// says only Access Denied, which a careful user reads as the
		// catalog's permission.
		{src: "https://github.com/ibm-cloud-docs/cloud-object-storage/issues/6", name: "IBM COS 403 AccessDenied Access Denied", status: 403, header: xml,
			body: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><Resource>/mybucket/hello.txt</Resource><RequestId>9c8e5c07-8f1d-4c67-b0f7-3a2f6d1e2b44</RequestId><httpStatusCode>403</httpStatusCode></Error>",
			cred: sig("COS_SIGV4", "l8ZLFNERnynY5PN052-PqDK3fUTRj-XROwdj2UfpXq-Y"), method: "PUT", path: "/mybucket/hello.txt", want: PermissionDenied},
	}
}

// lateRoundcloud2NonRefusals: late answers that are not refusals: a
// missing object (its "key" is the object's name) and a body the API
// could not parse.
func lateRoundcloud2NonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/IBM/ibm-cos-sdk-js/issues/26", name: "IBM COS 404 NoSuchKey The specified key does not exist", status: 404, header: map[string]string{"Content-Type": "application/xml"},
			body: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Resource>/gaia/gaia/key</Resource><RequestId>2f6b0c1d-3e4a-4b5c-8d9e-0f1a2b3c4d5e</RequestId><httpStatusCode>404</httpStatusCode></Error>", path: "/gaia/gaia/key"},
		{src: "https://github.com/superfly/docs/issues/2187", name: "Fly Machines 400 json: cannot unmarshal array", status: 400, header: map[string]string{"Content-Type": "application/json"},
			body: `{"error":"json: cannot unmarshal array into Go value of type main.stopRequest"}`, path: "/v1/apps/my-app/machines/148ed726c0d489/stop"},
	}
}

// TestHeldoutRoundcloud2Late: see lateRoundcloud2Cases.
func TestHeldoutRoundcloud2Late(t *testing.T) {
	runProviderCases(t, "roundcloud2 late answers", lateRoundcloud2Cases())
	runFalsePositives(t, "roundcloud2 late non-refusals", lateRoundcloud2NonRefusals())
}
