using Microsoft.Extensions.Logging;

// A leak AuditGen must catch: a reset token written to the log.
var logger = LoggerFactory.Create(_ => { }).CreateLogger("Leaky");
string resetToken = args.Length > 0 ? args[0] : "tok_example";
logger.LogInformation("Reset token {Token} issued", resetToken);
