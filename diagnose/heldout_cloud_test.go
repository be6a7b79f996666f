package diagnose

import (
	"testing"
	"time"
)

// cloudCases: an independent held-out round on cloud, infrastructure and
// self-hosted servers (Kubernetes, Elasticsearch, CouchDB, Vault, Consul,
// Nomad, Harbor, Jenkins, Nextcloud, Gitea, Grafana, Rancher, AWS, Azure,
// Google Cloud, Oracle and IBM Cloud, CloudFront). Each expected cause was
// chosen from the catalog alone, before the answer was run; where two codes
// could fit, the case says why this one.
func cloudCases() []provCase {
	now := time.Now()
	jwt := func(iss, aud string, exp time.Duration) string {
		return makeJWT(map[string]any{"iss": iss, "aud": aud, "sub": "svc", "iat": now.Add(-time.Hour).Unix(), "exp": now.Add(exp).Unix()})
	}
	sigV4 := func(service string) *Credential {
		return headerCred("Authorization", "AWS_SIGV4", "AWS4-HMAC-SHA256 Credential=AKIAZ3Q7EXAMPLEKEY12/20240101/us-east-1/"+service+"/aws4_request, SignedHeaders=host;x-amz-date, Signature=8b1f0e4c2d7a9e3b5f6c1d0a2b4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f2a4b6c8d")
	}
	ociSig := headerCred("Authorization", "OCI_SIGNATURE", `Signature version="1",keyId="ocid1.tenancy.oc1..aaaaaaaaba3pv6wkcr4jqae5f15p2b2m2yt2j6rx32uzr4h25vqstifsfdsq/ocid1.user.oc1..aaaaaaaat5nvwcna5j6aqzjcaty5eqbb6qt2jvpkanghtgdaqedqw3rynjq/20:3b:97:13:55:1c:5b:0d:d3:37:d8:50:4e:c5:3a:34",algorithm="rsa-sha256",headers="(request-target) date host",signature="GBas7grhyrhSKHP6AVIjh5Vp8bdpeM79H9Wv8kjoaCivujVXlpbKLjMPeDUhxkFIWtTtLBj3sUzaFj34XE6YZAHc9r2DmE4pMwOAy"`)
	google := bearer("GOOGLE_TOKEN", "ya29.a0AfB_byD7kLmN0pQrS2tUvWxYz1a2b3c4d5e6f7g8h9i0j")
	plain := map[string]string{"Content-Type": "text/plain; charset=utf-8", "Vary": "Accept-Encoding"}
	return append([]provCase{
		// Kubernetes API server.
		{src: "https://github.com/GluuFederation/cloud-native-edition/issues/543", name: "Kubernetes 403 service account cannot list pods (RBAC)", status: 403,
			header: jsonCT(), body: "{\n  \"kind\":\"Status\",\n  \"apiVersion\":\"v1\",\n  \"metadata\":{},\n  \"status\":\"Failure\",\n  \"message\":\"pods is forbidden: User \\\"system:serviceaccount:gluu:default\\\" cannot list resource \\\"pods\\\" in API group \\\"\\\" in the namespace \\\"gluu\\\"\",\n  \"reason\":\"Forbidden\",\n  \"details\":{\"kind\":\"pods\"},\n  \"code\":403\n}",
			cred: bearer("K8S_TOKEN", jwt("https://kubernetes.default.svc.cluster.local", "https://kubernetes.default.svc.cluster.local", time.Hour)), path: "/api/v1/namespaces/gluu/pods", want: PermissionDenied},
		// system:anonymous is how the API server names a request whose credential it did not see.
		{src: "https://github.com/kubernetes/kubernetes/issues/127884", name: "Kubernetes 403 system:anonymous, nothing sent", status: 403,
			header: jsonCT(), body: "{\n  \"kind\": \"Status\",\n  \"apiVersion\": \"v1\",\n  \"metadata\": {},\n  \"status\": \"Failure\",\n  \"message\": \"pods is forbidden: User \\\"system:anonymous\\\" cannot list resource \\\"pods\\\" in API group \\\"\\\" in the namespace \\\"kube-system\\\"\",\n  \"reason\": \"Forbidden\",\n  \"details\": {\n    \"kind\": \"pods\"\n  },\n  \"code\": 403\n}",
			path: "/api/v1/namespaces/kube-system/pods", want: NoCredentialsSent},

		// Elasticsearch and the other self-hosted servers.
		{src: "https://github.com/babenkoivan/elastic-scout-driver-plus/issues/143", name: "Elasticsearch 401 missing authentication credentials, Basic and ApiKey challenges", status: 401,
			header: jsonCT("WWW-Authenticate", `Basic realm="security" charset="UTF-8", ApiKey`),
			body:   `{"error":{"root_cause":[{"type":"security_exception","reason":"missing authentication credentials for REST request [/users]","header":{"WWW-Authenticate":["Basic realm=\"security\" charset=\"UTF-8\"","ApiKey"]}}],"type":"security_exception","reason":"missing authentication credentials for REST request [/users]","header":{"WWW-Authenticate":["Basic realm=\"security\" charset=\"UTF-8\"","ApiKey"]}},"status":401}`,
			path:   "/users", want: NoCredentialsSent},
		// "privileges [read,all]" are the user's role privileges, not token scopes.
		{src: "https://github.com/magenx/Magento-2-server-installation/issues/170", name: "Elasticsearch 403 action unauthorized for user with roles", status: 403,
			header: jsonCT(), body: `{"error":{"root_cause":[{"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [magento_indexer] with roles [magento_indexer] on indices [magento_product_1], this action is granted by the index privileges [read,all]"}],"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [magento_indexer] with roles [magento_indexer] on indices [magento_product_1], this action is granted by the index privileges [read,all]"},"status":403}`,
			cred: basicCred("magento_indexer", "Xk29vLq8RtP4mZ7w"), method: "POST", path: "/magento_product_1/_search", want: PermissionDenied},
		{src: "https://github.com/goharbor/harbor/issues/16398", name: "Harbor 401 UNAUTHORIZED with Basic credentials", status: 401,
			header: jsonCT(), body: `{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized"}]}`,
			cred: basicCred("ci-admin", "Hb7kQ2mZ9pLx4Rt"), method: "POST", path: "/api/v2.0/robots", want: CredentialRejected},
		{src: "https://github.com/apache/couchdb/issues/604", name: "CouchDB 401 Name or password is incorrect", status: 401,
			header: jsonCT(), body: `{"error":"unauthorized","reason":"Name or password is incorrect."}`,
			cred: basicCred("fan", "Apple-Pie-2017x"), path: "/eventdb", want: CredentialRejected},
		// CouchDB answers 401 for a known user without the role; a wrong password reads "Name or password is incorrect".
		{src: "https://github.com/apache/couchdb/issues/2995", name: "CouchDB 401 You are not a server admin", status: 401,
			header: jsonCT(), body: `{"error":"unauthorized","reason":"You are not a server admin."}`,
			cred: basicCred("reporter", "Rep0rter-Pass-2020"), path: "/_all_dbs", want: PermissionDenied},
		// CouchDB says this to an anonymous request (a known user who is no
		// member gets 403 "You are not allowed to access this db."); in the
		// source the credentials sat in a URL the browser did not send.
		{src: "https://github.com/apache/couchdb/issues/3847", name: "CouchDB 401 You are not authorized to access this db, nothing sent", status: 401,
			header: jsonCT(), body: `{"error":"unauthorized","reason":"You are not authorized to access this db."}`,
			path: "/mycompany/doc1", want: NoCredentialsSent},
		{src: "https://github.com/MeetMe/newrelic-plugin-agent/issues/58", name: "CouchDB 401 Authentication required, nothing sent", status: 401,
			header: jsonCT(), body: `{"error":"unauthorized","reason":"Authentication required."}`, path: "/_stats", want: NoCredentialsSent},
		{src: "https://github.com/versity/versitygw/issues/2042", name: "S3-compatible 403 InvalidAccessKeyId", status: 403,
			header: map[string]string{"Content-Type": "application/xml"},
			body:   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>AKIAZ3Q7EXAMPLEKEY12</AWSAccessKeyId><RequestId>6J3PDT3BWZH60X21</RequestId><HostId>9ruADyDIVUpRAHP0l9+lmj6cdzOBnebmsnK2t6Mlz0ON56todZ8KtHCvwJN5IVCef+T539V2eefK3nvdxQAAZGEMvAHkkK8S</HostId></Error>",
			cred:   sigV4("s3"), path: "/backups/2024.tar", want: CredentialRejected},
		// The crumb is Jenkins' anti-CSRF header (Jenkins-Crumb).
		{src: "https://github.com/jenkinsci/bitbucket-push-and-pull-request-plugin/issues/250", name: "Jenkins 403 No valid crumb was included in the request", status: 403,
			header: map[string]string{"Content-Type": "text/html;charset=utf-8"},
			body:   "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n<title>Error 403 No valid crumb was included in the request</title>\n</head>\n<body><h2>HTTP ERROR 403 No valid crumb was included in the request</h2>\n<table>\n<tr><th>URI:</th><td>/bitbucket-hook/</td></tr>\n<tr><th>STATUS:</th><td>403</td></tr>\n<tr><th>MESSAGE:</th><td>No valid crumb was included in the request</td></tr>\n<tr><th>SERVLET:</th><td>Stapler</td></tr>\n</table>\n<hr><a href=\"https://eclipse.org/jetty\">Powered by Jetty:// 9.4.43.v20210629</a><hr/>\n\n</body>\n</html>",
			cred:   basicCred("ci-bot", "S3cret-Passw0rd-99"), method: "POST", path: "/bitbucket-hook/", want: RequiredHeaderMissing},
		{src: "https://github.com/ccmenu/ccmenu/issues/9", name: "Jenkins 403 authenticated as anonymous, nothing sent", status: 403,
			header: map[string]string{"Content-Type": "text/html;charset=UTF-8", "X-Jenkins": "1.596", "X-You-Are-Authenticated-As": "anonymous", "X-You-Are-In-Group": "", "X-Required-Permission": "hudson.model.Hudson.Read", "X-Permission-Implied-By": "hudson.security.Permission.GenericRead", "Server": "Jetty(winstone-2.8)"},
			body:   "<html><head><meta http-equiv='refresh' content='1;url=/login?from=%2Fcc.xml'/><script>window.location.replace('/login?from=%2Fcc.xml');</script></head><body style='background-color:white; color:white;'>\n\n\nAuthentication required\n<!--\nYou are authenticated as: anonymous\nGroups that you are in:\n  \nPermission you need to have (but didn't): hudson.model.Hudson.Read\n ... which is implied by: hudson.security.Permission.GenericRead\n ... which is implied by: hudson.model.Hudson.Administer\n-->\n\n</body></html> ",
			path:   "/cc.xml", want: NoCredentialsSent},
		// OCS v1 maps statuscode 997 to HTTP 401 (lib/private/AppFramework/OCS/V1Response.php).
		{src: "https://github.com/nextcloud/server/issues/19318", name: "Nextcloud OCS 997 Current user is not logged in, wrong app password", status: 401,
			header: map[string]string{"Content-Type": "application/xml; charset=utf-8"},
			body:   "<?xml version=\"1.0\"?>\n<ocs>\n <meta>\n  <status>failure</status>\n  <statuscode>997</statuscode>\n  <message>Current user is not logged in</message>\n  <totalitems></totalitems>\n  <itemsperpage></itemsperpage>\n </meta>\n <data/>\n</ocs>\n",
			cred:   basicCred("provisioner", "Wr0ng-App-Passw0rd-x7Kq"), path: "/ocs/v1.php/cloud/users", want: CredentialRejected},
		// "user does not exist [uid: 0" is Gitea finding no user for the token, not a missing resource.
		{src: "https://github.com/go-gitea/gitea/issues/27695", name: "Gitea 401 user does not exist [uid: 0] for a token", status: 401,
			header: jsonCT(), body: `{"message":"user does not exist [uid: 0, name: , keyid: 0]","url":"http://gitea.localtest.me/api/swagger"}`,
			cred: headerCred("Authorization", "GITEA_TOKEN", "token 42d5804b9f1bc22da80896cc356c0681fc0994be"), method: "POST", path: "/api/v1/admin/users", want: CredentialRejected},
		{src: "https://github.com/grafana/grafana/issues/25456", name: "Grafana 401 Invalid username or password", status: 401,
			header: map[string]string{"Content-Type": "application/json; charset=UTF-8", "Cache-Control": "no-cache", "Expires": "-1", "Pragma": "no-cache", "X-Frame-Options": "deny"},
			body:   `{"message":"Invalid username or password"}`, cred: basicCred("admin", "Gr4fana-Adm1n-Pass"), method: "POST", path: "/api/user/using/3", want: CredentialRejected},
		{src: "https://github.com/redhat-performance/satellite-monitoring/issues/39", name: "Grafana 401 Basic auth failed", status: 401,
			header: map[string]string{"Content-Type": "application/json; charset=UTF-8"},
			body:   `{"message":"Basic auth failed"}`, cred: basicCred("testgrafana", "tested12345"), method: "POST", path: "/api/datasources", want: CredentialRejected},
		// A token was sent; "must authenticate" says it was not accepted.
		{src: "https://github.com/rancher/rancher/issues/14235", name: "Rancher 401 must authenticate with a token sent", status: 401,
			header: jsonCT(), body: "{\n  \"type\": \"error\",\n  \"status\": \"401\",\n  \"message\": \"must authenticate\"\n}",
			cred: bearer("RANCHER_TOKEN", "token-7x9kq:8mzq4wlnvr2xkp6tj9c5hd3fbs7gy1aw0e4ouqiv2nrm5xt8"), path: "/v3/clusters", want: CredentialRejected},
		{src: "https://github.com/Azure/azure-sdk-for-rust/issues/831", name: "Cosmos DB 401 input authorization token can't serve the request", status: 401,
			header: map[string]string{"Content-Type": "application/json", "Server": "Microsoft-HTTPAPI/2.0", "X-Ms-Activity-Id": "746a4599-4fe5-4956-962e-cd79b7de043f", "X-Ms-Gatewayversion": "version=2.14.0"},
			body:   `{"code":"Unauthorized","message":"The input authorization token can't serve the request. The wrong key is being used or the expected payload is not built as per the protocol. For more info: https://aka.ms/cosmosdb-tsg-unauthorized. Server used the following payload to sign: 'post\ndocs\ndbs/TestDatabase/colls/TestContainer\nsat, 18 jun 2022 08:34:53 gmt\n\n'\r\nActivityId: 746a4599-4fe5-4956-962e-cd79b7de043f, Microsoft.Azure.Documents.Common/2.14.0"}`,
			cred:   headerCred("Authorization", "COSMOS_AUTH", "type%3Dmaster%26ver%3D1.0%26sig%3DpQ7r2tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tU%3D"), method: "POST", path: "/dbs/TestDatabase/colls/TestContainer/docs", want: CredentialRejected},
	}, append(cloudCases2(jwt, sigV4, ociSig, google, plain), cloudCases3(jwt, sigV4)...)...)
}

func TestHeldoutCloud(t *testing.T) {
	cases := cloudCases()
	if len(cases) < 40 {
		t.Fatalf("%d cases, want at least 40", len(cases))
	}
	runProviderCases(t, "held-out cloud corpus", cases)
}
