// Theme: types that hold credentials whatever the variable is called.
using System.Data.Common;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

public sealed class Types(ILogger<Types> logger, IConfiguration configuration)
{
    public void Run(SecureString input, NetworkCredential user, HttpRequestMessage request, DbConnection connection, AuthenticationHeaderValue auth, HttpResponseMessage response, Cookie cookie, WebProxy proxy)
    {
        logger.LogInformation("Input {Input}", input); // leak
        logger.LogInformation("Using {Credential}", user); // leak
        logger.LogInformation("User name {User}", user.UserName); // safe
        logger.LogInformation("Request headers {Headers}", request.Headers); // leak
        logger.LogInformation("Auth {Auth}", request.Headers.Authorization); // leak
        logger.LogInformation("Scheme {Scheme}", auth.Scheme); // safe
        logger.LogInformation("Auth value {Auth}", auth); // leak
        logger.LogInformation("Connecting with {Cs}", connection.ConnectionString); // leak
        logger.LogInformation("Database {Db}", connection.Database); // safe
        logger.LogInformation("Db {Cs}", configuration.GetConnectionString("Main")); // leak
        logger.LogInformation("Region {Region}", configuration["Aws:Region"]); // safe
        logger.LogInformation("Password {Value}", configuration["Db:Password"]); // leak
        logger.LogInformation("Status {Status}", response.StatusCode); // safe
        logger.LogInformation("Response headers {Headers}", response.Headers); // leak
        logger.LogInformation("Cookie {Cookie}", cookie); // leak
        logger.LogInformation("Cookie name {Name}", cookie.Name); // safe
        logger.LogInformation("Method {Method} {Uri}", request.Method, request.RequestUri); // safe
        logger.LogInformation("Proxy {Address}", proxy.Address); // safe
    }
}
