package diagnose

import "github.com/authspec/authspec/internal/lazyre"

// localWords says a refusal written in another language the way the rows
// read it in English, for the things APIs say most about a credential: it
// is invalid, it expired, it is missing, the caller has no permission (or
// access is denied, without saying to whom). Providers outside the US
// answer in their own language, often inside a numeric-code envelope with
// a 200 (DingTalk's
// {"errcode":40014,"errmsg":"不合法的access_token"}, freee's
// "アクセスする権限がありません", Yandex's "Доступ запрещён", Conekta's
// "Acceso no autorizado", ePayco's "Llave pública o token de autenticación
// invalido o expirado", Pagar.me's "api_key está faltando"). Only normalizeWords applies it: the rows read
// it when the answer's own words match nothing, and the evidence keeps the
// server's words.
//
// Each row is one meaning in Chinese, Japanese, Korean, Russian, Spanish,
// Portuguese, German, French, Turkish, Swedish, Danish, Norwegian, Dutch
// and Italian (Fortnox's "Ogiltig inloggning" and "Kan inte logga in,
// access-token eller client-secret saknas": an invalid login, cannot log
// in; a credential's name hyphenated, api-nyckel, is read as
// normalizeWords writes it, api_nyckel; iyzico's "Geçersiz imza", "api
// bilgileri bulunamadı": the API credentials were not found; a dotless ı
// is read as i too, which it becomes once a server upper-cases it and
// the reading lower-cases it again); a credential must be named for
// "invalid", "expired" and "missing" (an invalid phone number is not a
// refused key). Text is lower-cased first; Go's \b is ASCII-only, so the
// CJK rows do without it.
var localWords = []struct {
	re      *lazyre.Regexp
	english string
}{
	// A credential said invalid, wrong or illegal.
	{lazyre.New(`(不合法|无效|非法|错误)的?\s*(access_token|token|令牌|访问令牌|凭证|密钥|签名|appsecret|secret|api ?key)|` +
		`(access_token|token|令牌|凭证|密钥|签名)\s*(不合法|无效|非法|错误)|` +
		`(アクセストークン|トークン|apiキー|認証情報)(が|は)?(無効|不正)|(無効|不正)な(アクセストークン|トークン|apiキー|認証情報)|認証に失敗|` +
		`(토큰|인증 ?키|api ?키)(이|가)? ?유효하지 않|유효하지 않은 (토큰|키|인증)|인증(에)? ?실패|` +
		`(недействительн|неверн|некорректн)\S* (токен|ключ|учетн|учётн|подпис|логин|пароль)|(токен|ключ)\S* (недействителен|неверен|некорректен)|` +
		`(token|clave|chave|llave|credenciales|credenciais)( pública| publica| privada| de acceso| de acesso| de api| de autenticaci[oó]n| de autentica[cç][aã]o)? (inválid|invalid|incorrect)[oa]s?|(inválid|invalid)[oa]s? (token|clave|chave|llave|credenciales|credenciais)|` +
		`ungültige[rns]? (token|zugangsdaten|api-schlüssel|schlüssel)|(token|schlüssel|zugangsdaten) (ist |sind )?ungültig|` +
		`(jeton|clé|identifiants)( d'accès| api)? (invalide|incorrect)|(jeton|clé) non valide|` +
		`(geçersiz|hatal[ıi]|yanl[ıi]ş) (api anahtar[ıi]|anahtar|imza|token|kimlik bilgileri|şifre|parola)|(api anahtar[ıi]|anahtar|imza|token|şifre|parola)(n[ıi]z|niz|[ıi]|s[ıi])? (geçersiz|hatal[ıi]|yanl[ıi]ş)|(api|kimlik) bilgileri(niz)? (bulunamad[ıi]|geçersiz|hatal[ıi])|` +
		`ogiltig[at]? (inloggning|token|nyckel|api[_ -]?nyckel|åtkomsttoken|access[_ -]token|lösenord|inloggningsuppgifter)|(token|nyckel|api[_ -]?nyckel|åtkomsttoken|lösenord)(n|en|et)? (är )?ogiltig[at]?|` +
		`ugyldig[et]? (login|token|nøgle|nøkkel|api[_ -]?nøgle|api[_ -]?nøkkel|adgangskode|passord|legitimation)|(token|nøgle|nøkkel|api[_ -]?nøgle|api[_ -]?nøkkel|adgangskode|passord)(n|en|et)? (er )?ugyldig[et]?|` +
		`ongeldige? (token|sleutel|api[_ -]?sleutel|inloggegevens|login|wachtwoord)|(token|sleutel|api[_ -]?sleutel|wachtwoord) (is )?ongeldig|` +
		`(token|chiave|credenziali|password)( di accesso| api)? non valid[oaie]`), " invalid credentials "},
	// A credential said expired.
	{lazyre.New(`(access_token|token|令牌|凭证|签名|会话|登录)\s*(已)?(过期|失效|超时)|` +
		`(アクセストークン|トークン)(の有効期限)?(が|は)?(期限切れ|有効期限切れ|失効|切れ)|` +
		`(토큰|인증)(이|가)? ?만료|` +
		`(токен|срок действия токена)\S* (истек|истёк|просрочен)|` +
		`(token|sesión|sessão)( de acceso| de acesso)? (expirad|vencid|caducad)|` +
		`(token|sitzung) (ist )?abgelaufen|(jeton|session) (a )?expiré|(token|oturum)(un|[ıi]n)? (geçerlilik )?süresi (dolmuş|doldu|geçmiş)|` +
		`(token|session|åtkomsttoken)(en)? (har )?(gått ut|löpt ut)|(token|session)(en)? (er )?(udløbet|utløpt)|(token|sessie) (is )?verlopen|(token|sessione) scadut[oa]`), " token expired "},
	// Authentication said to have failed, without naming what failed
	// ("Token鉴权失败", "认证失败", "Authentifizierung fehlgeschlagen",
	// "Échec de l'authentification"), as Japanese's 認証に失敗 and
	// Korean's 인증 실패 already read: the English rows take "authentication
	// failed" as the credential refused. Only authentication or a login:
	// "参数验证失败" (a parameter's validation failed) is the request's.
	{lazyre.New(`(鉴权|认证|身份验证|身份认证|登录|登陆)\s*失败|` +
		`(ошибка|сбой) (авторизации|аутентификации)|(авторизация|аутентификация) не (удалась|пройдена)|не удалось (авторизоваться|пройти аутентификацию)|` +
		`(error|fallo|falla) (de|en la) autenticaci[oó]n|autenticaci[oó]n fallida|fall[oó] la autenticaci[oó]n|` +
		`(falha|erro) (na|de) autentica[cç][aã]o|autentica[cç][aã]o falhou|` +
		`(authentifizierung|anmeldung) (ist )?fehlgeschlagen|` +
		`[ée]chec (de l'|d')authentification|authentification [ée]chou[ée]e|` +
		`kimlik doğrulama(s[ıi])? başar[ıi]s[ıi]z|` +
		`kan inte logga in|(inloggning|autentisering)(en)? (misslyckades|nekades)|kan ikke logge (ind|inn)|(login|innlogging|godkendelse|autentisering)(en)? (mislykkedes|mislyktes|feilet)|` +
		`(inloggen|aanmelden|authenticatie) mislukt|kan niet inloggen|autenticazione fallita|accesso non riuscito`), " authentication failed "},
	// A credential said missing.
	{lazyre.New(`(缺少|未提供|没有提供)\s*(access_token|token|令牌|凭证|密钥)|(access_token|token|令牌|凭证|密钥)\s*(不能|不得|不可)?为空|` +
		`(アクセストークン|トークン|apiキー)が(ありません|指定されていません)|` +
		`(토큰|인증 ?키|api ?키)(이|가)? ?없|` +
		`(отсутствует|не указан|не передан)\S* (токен|ключ)|` +
		`falta (el )?(token|clave|llave)|(token|chave|api[_ ]?key|chave de api) (não informad|ausente|está faltando)|(token|schlüssel) fehlt|(jeton|clé) manquant|(api anahtar[ıi]|anahtar|token|imza) (eksik|gönderilmedi)|` +
		`(token|nyckel|api[_ -]?nyckel|åtkomsttoken)(n|en|et)? saknas|(token|nøgle|nøkkel|api[_ -]?nøgle|api[_ -]?nøkkel)(n|en)? mangler|(token|sleutel|api[_ -]?sleutel) ontbreekt|(token|chiave)( api)? mancante`), " no credentials provided "},
	// The caller said to have no permission: none at all, none for what
	// the call names ("没有调用该接口的权限": no permission to call this
	// interface), or what it asks for outside the scope it was granted
	// ("请求的部门id不在授权范围内": the department is not in the authorized
	// scope).
	{lazyre.New(`(没有|无)[^，,。；;:：\s]{0,10}?权限|权限不足|无权(访问|调用|操作)|不在[^，,。；;]{0,8}?(授权|权限)范围|` +
		`権限がありません|権限がない|アクセス権がありません|` +
		`권한이 (없|부족)|` +
		`нет доступа|недостаточно прав|нет прав|` +
		`no tiene permiso|sin permiso|sem permissão|não tem permissão|` +
		`keine berechtigung|pas la permission|yetkiniz (yok|bulunmamaktad[ıi]r|bulunmuyor)|izniniz (yok|bulunmamaktad[ıi]r)|` +
		`saknar behörighet|(ingen|inte) behörighet|mangler (tilladelse|tilgang)|(ingen|ikke) (tilladelse|tilgang)|geen (toegang|rechten|toestemming)|onvoldoende rechten|permessi insufficienti|non hai (i )?permess`), " permission denied "},
	// The caller's IP address said not allowed ("허용되지 않은 IP
	// 주소입니다.", Upbit's 401 no_authorization_i_p; "IP地址不在白名单中",
	// "非法IP"; "許可されていないIPアドレス"), as ipRefusedPattern reads
	// "IP not allowed": the address must be named.
	{lazyre.New(`허용되지 않은 ip|ip( 주소)?(가|는|이)? ?허용되지 않|ip(地址)?\s*(不在|未在|未加入)[^，。,.;；]{0,12}白名单|(非法|无效)的?\s*ip|ip(地址)?\s*(不被允许|不允许|未授权|被禁止)|許可されていない\s*ip|ip(アドレス)?(が|は)許可されていません`), " ip not allowed "},
	// The interface called said not authorized for the caller ("商户未授权
	// 当前接口", Alipay's aop.invalid-app-auth-token-no-api: the merchant
	// has not granted the app the current interface; "接口未授权"), as
	// apiNotGrantedPattern reads it in English. Unauthorized alone (未授权)
	// may be the credential's; the interface must be named.
	{lazyre.New(`未(被)?授权(当前|该|此|这个|本)?(接口|api|方法)|(接口|api|方法)(未被|未|没有被|没有)授权`), " the current api is not authorized "},
	// No licence for the API or what it was asked for ("Api-licens
	// saknas.", "Det finns ingen aktiv licens för önskat scope", Fortnox's
	// 2001103 and 2001101), as licenseMissingPattern reads it in English.
	{lazyre.New(`(api[_ -]?)?licens(en)? saknas|(det finns )?ingen (aktiv |giltig )?licens|(api[_ -]?)?(licens|lisens)(en)? mangler|ingen (aktiv |gyldig )?(licens|lisens)|geen (geldige |actieve )?licentie|(api[_ -]?)?licentie ontbreekt|(nessuna licenza|licenza mancante)`), " no license found "},
	// Access said denied, in the words of a bare "Access denied": no more
	// than that, so that a 401 reads it as a refused credential and a 403
	// as a refused caller, as the English words are read.
	{lazyre.New(`доступ запрещ|acceso denegado|acesso negado|zugriff verweigert|accès refusé|erişim (reddedildi|engellendi)|åtkomst nekad|adgang nægtet|tilgang nektet|toegang geweigerd|accesso negato`), " access denied "},
	// A service said open only to some kind of account holder (iyzico's
	// "Bu servis sadece pazaryeri müşterilerine açıktır": open only to
	// marketplace customers), as planFeaturePattern reads it in English.
	{lazyre.New(`(sadece|yaln[ıi]zca) ([^ .]+ ){0,2}(müşterilerine|üyelerine|hesaplar[ıi]na|sat[ıi]c[ıi]lar[ıi]na|kullan[ıi]c[ıi]lar[ıi]na) (aç[ıi]kt[ıi]r|aç[ıi]k|özeldir)`), " only open to these customers "},
}

// inEnglish rewrites the local-language phrases of lower-cased text.
func inEnglish(text string) string {
	for _, w := range localWords {
		if w.re.MatchString(text) {
			text = w.re.ReplaceAllString(text, w.english)
		}
	}
	return text
}
