using System.Text.Json.Nodes;
using Azure.Identity;
using System.Text.RegularExpressions;
using BackOffice.Application.Messaging;
using BackOffice.Infrastructure.Cosmos;
using BackOffice.Infrastructure.Storage;

namespace BackOffice.Deployment.Tests.Infra;

/// <summary>
/// Reads the ARM JSON that bicep builds from infra/ and holds it to the security properties the hub promises:
/// identity-based access, HTTPS only, TLS 1.2, no public blobs, least-privilege roles, secrets only as Key Vault
/// references, diagnostics to Log Analytics; and to what the code expects of its resources.
/// </summary>
public sealed partial class InfraTemplateTests(InfraTemplate infra) : IClassFixture<InfraTemplate>
{
    // Control-plane or owner-level roles the app's identity must never get.
    private static readonly Dictionary<string, string> ForbiddenRoles = new()
    {
        ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635"] = "Owner",
        ["b24988ac-6180-42a0-ab88-20f7382dd24c"] = "Contributor",
        ["18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"] = "User Access Administrator",
        ["17d1049b-9a84-46fb-8f53-869881c3d3ab"] = "Storage Account Contributor",
        ["090c5cfd-751d-490a-894a-3ce6f1109419"] = "Azure Service Bus Data Owner",
        ["00482a5a-887f-4fb3-b363-3b7d7e01b65d"] = "Key Vault Administrator",
        ["5bd9cd88-fe45-4216-938b-f97437e15450"] = "DocumentDB Account Contributor",
    };

    private static readonly Dictionary<string, string> AllowedRoles = new()
    {
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = "Storage Blob Data Owner (host storage by identity)",
        ["ba92f5b4-2d11-453d-a403-e96b0029c9fe"] = "Storage Blob Data Contributor (deployer, package container)",
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = "Storage Queue Data Contributor",
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = "Storage Table Data Contributor",
        ["69a216fc-b8fb-44d8-bc22-1f3c2cd27a39"] = "Azure Service Bus Data Sender",
        ["4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0"] = "Azure Service Bus Data Receiver",
        ["4633458b-17de-408a-b874-0445c86b69e6"] = "Key Vault Secrets User",
        ["b86a8fe4-44ce-4948-aee5-eccb2c155cd7"] = "Key Vault Secrets Officer (deployer)",
        ["3913510d-42f4-4e42-8a64-420c390055eb"] = "Monitoring Metrics Publisher",
    };

    [Fact]
    public void Lint_WhenMainAndEveryProfileAreLinted_ReportsNoErrorAndNoWarning()
    {
        Assert.Equal(3, infra.Lint.Count);
        Assert.All(infra.Lint, result =>
        {
            Assert.True(result.ExitCode == 0, $"{result.File}: {result.Diagnostics}");
            Assert.True(string.IsNullOrWhiteSpace(result.Diagnostics), $"{result.File}: {result.Diagnostics}");
        });
    }

    [Fact]
    public void Storage_WhenBuilt_AllowsNoKeyNoPublicBlobAndOnlyHttpsWithTls12()
    {
        var properties = infra.Single("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.All(infra.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"),
            container => Assert.Equal("None", (string?)container["properties"]!["publicAccess"]));
    }

    [Fact]
    public void FunctionApp_WhenBuilt_IsHttpsOnlyWithTls12AndNoPasswordDeployment()
    {
        var site = infra.Single("Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;

        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("1.2", (string?)config["scmMinTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        var publishing = infra.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");
        Assert.Equal(2, publishing.Count);
        Assert.All(publishing, policy => Assert.False((bool)policy["properties"]!["allow"]!));
        Assert.Equal("ElasticPremium", (string?)infra.Single("Microsoft.Web/serverfarms")["sku"]!["tier"]);
    }

    [Fact]
    public void Services_WhenBuilt_AcceptOnlyEntraIdentitiesOverTls12()
    {
        var serviceBus = infra.Single("Microsoft.ServiceBus/namespaces")["properties"]!;
        var cosmos = infra.Single("Microsoft.DocumentDB/databaseAccounts")["properties"]!;
        var insights = infra.Single("Microsoft.Insights/components")["properties"]!;
        var keyVault = infra.Single("Microsoft.KeyVault/vaults")["properties"]!;

        Assert.True((bool)serviceBus["disableLocalAuth"]!);
        Assert.Equal("1.2", (string?)serviceBus["minimumTlsVersion"]);
        Assert.True((bool)cosmos["disableLocalAuth"]!);
        Assert.Equal("Tls12", (string?)cosmos["minimalTlsVersion"]);
        Assert.True((bool)insights["DisableLocalAuth"]!);
        Assert.True((bool)keyVault["enableRbacAuthorization"]!);
    }

    [Fact]
    public void AppSettings_WhenBuilt_ReachEveryServiceByIdentityAndReadNoKey()
    {
        var settings = (string)infra.Named("Microsoft.Web/sites/config", "appsettings")["properties"]!;

        foreach (var expected in new[]
                 {
                     "'AzureWebJobsStorage__accountName'", "'AzureWebJobsStorage__credential', 'managedidentity'",
                     "'ServiceBusConnection__fullyQualifiedNamespace'", "'ServiceBusConnection__credential', 'managedidentity'",
                     "'Cosmos__Endpoint'", "'AZURE_CLIENT_ID'", "'WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID'",
                     "'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'", "'Messaging__Transport', 'ServiceBus'",
                 })
        {
            Assert.Contains(expected, settings);
        }

        foreach (var keyed in new[] { "'AzureWebJobsStorage'", "'ServiceBusConnection'", "'Cosmos__Key'", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING" })
        {
            Assert.DoesNotContain(keyed, settings);
        }

        foreach (var keyReader in new[] { "listKeys(", "listConnectionStrings(", "listAccountSas(", "listServiceSas(", "AccountKey=", "SharedAccessKey=" })
        {
            Assert.DoesNotContain(keyReader, infra.ArmText, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Secrets_WhenBuilt_ReachTheAppOnlyAsKeyVaultReferences()
    {
        var secretSettings = infra.Variable("secretSettings").AsArray().Select(item => (string)item!["setting"]!).ToHashSet();
        var settings = (string)infra.Named("Microsoft.Web/sites/config", "appsettings")["properties"]!;
        var references = infra.Text("secretReferences");

        // Every secret the app reads locally is a Key Vault reference in Azure: a new secret setting fails here until it is.
        var localSecrets = LocalSettingNames().Where(IsSecretName).ToList();
        Assert.NotEmpty(localSecrets);
        Assert.All(localSecrets, name => Assert.Contains(name, secretSettings));
        Assert.Contains("@Microsoft.KeyVault(VaultName=", references);
        // Partner settings first, then the references, then the platform's: nothing later can replace a reference with a value.
        Assert.StartsWith("[union(parameters('partnerSettings'), variables('secretReferences'), createObject(", settings);
        Assert.DoesNotContain(secretSettings, setting => settings.Contains($"'{setting}'", StringComparison.Ordinal));

        foreach (var (profile, parameters) in infra.Parameters)
        {
            var plain = new[] { "storeSettings", "partnerEndpoints" }.SelectMany(name => parameters[name]!["value"]!.AsObject().Select(pair => pair.Key));
            Assert.DoesNotContain(plain, name => IsSecretName(name) || secretSettings.Contains(name));
            Assert.True(parameters.ContainsKey("partnerSecrets"), $"{profile} passes no partnerSecrets.");
        }

        Assert.Equal("secureObject", (string?)infra.Arm["parameters"]!["partnerSecrets"]!["type"]);
    }

    [Fact]
    public void Roles_WhenBuilt_AreDataPlaneRolesOnTheNarrowestScope()
    {
        var granted = infra.Variable("roles").AsObject().Select(pair => (string)pair.Value!).ToList();

        Assert.All(granted, role => Assert.True(AllowedRoles.ContainsKey(role), $"Role {role} is not one of the least-privilege roles."));
        Assert.DoesNotContain(ForbiddenRoles.Keys, role => infra.ArmText.Contains(role, StringComparison.OrdinalIgnoreCase));
        var assignments = infra.OfType("Microsoft.Authorization/roleAssignments");
        Assert.NotEmpty(assignments);
        // Every assignment takes its role from the table above, never from a literal id.
        Assert.All(assignments, assignment => Assert.Matches(
            @"^\[subscriptionResourceId\('Microsoft.Authorization/roleDefinitions', (createArray\()?variables\('(roles|storageRoles)'\)", (string)assignment["properties"]!["roleDefinitionId"]!));
        // Service Bus roles on the one queue, the deployer's blob role on the package container only.
        Assert.Contains(assignments, assignment => ((string)assignment["scope"]!).StartsWith("[resourceId('Microsoft.ServiceBus/namespaces/queues'", StringComparison.Ordinal));
        Assert.DoesNotContain(assignments, assignment => ((string)assignment["scope"]!).StartsWith("[resourceId('Microsoft.ServiceBus/namespaces',", StringComparison.Ordinal));
        Assert.Contains(assignments, assignment => ((string)assignment["scope"]!).Contains("blobServices/containers", StringComparison.Ordinal)
            && ((string)assignment["properties"]!["roleDefinitionId"]!).Contains("storageBlobDataContributor", StringComparison.Ordinal));
        // Cosmos DB: data contributor (not its own account roles), on the hub's database only.
        var cosmos = infra.Single("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments")["properties"]!;
        Assert.Equal("00000000-0000-0000-0000-000000000002", infra.Text("cosmosDataContributor"));
        Assert.Contains("/dbs/", (string)cosmos["scope"]!);
    }

    [Fact]
    public void Diagnostics_WhenBuilt_SendEveryServiceToTheLogAnalyticsWorkspace()
    {
        var settings = infra.OfType("Microsoft.Insights/diagnosticSettings");
        var scopes = settings.Select(setting => (string)setting["scope"]!).ToList();

        Assert.All(settings, setting => Assert.StartsWith(
            "[resourceId('Microsoft.OperationalInsights/workspaces'", (string)setting["properties"]!["workspaceId"]!));
        foreach (var type in new[]
                 {
                     "Microsoft.Web/sites", "Microsoft.Web/serverfarms", "Microsoft.ServiceBus/namespaces", "Microsoft.DocumentDB/databaseAccounts",
                     "Microsoft.KeyVault/vaults", "Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/blobServices",
                     "Microsoft.Storage/storageAccounts/queueServices", "Microsoft.Storage/storageAccounts/tableServices",
                 })
        {
            Assert.Contains(scopes, scope => scope.StartsWith($"[resourceId('{type}',", StringComparison.Ordinal));
        }

        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', variables('names').logs)]",
            (string?)infra.Single("Microsoft.Insights/components")["properties"]!["WorkspaceResourceId"]);
    }

    [Fact]
    public void ServiceBusQueue_WhenBuilt_HasSessionsDuplicateDetectionAndTheHostsDeliveryCount()
    {
        var queue = infra.Single("Microsoft.ServiceBus/namespaces/queues")["properties"]!;
        var hostJson = JsonNode.Parse(File.ReadAllText(Path.Combine(LocalSettings.RepoRoot(), "host.json")))!;

        Assert.True((bool)queue["requiresSession"]!);
        Assert.True((bool)queue["requiresDuplicateDetection"]!);
        Assert.True((bool)queue["deadLetteringOnMessageExpiration"]!);
        Assert.Equal((int)hostJson["extensions"]!["queues"]!["maxDequeueCount"]!, (int)queue["maxDeliveryCount"]!);
        Assert.Equal(OrderQueues.Messages, infra.Text("orderQueue"));
        Assert.Equal("Standard", (string?)infra.Single("Microsoft.ServiceBus/namespaces")["sku"]!["name"]);
    }

    [Fact]
    public void Resources_WhenBuilt_AreTheContainersTablesQueuesAndCosmosContainerTheCodeUses()
    {
        var storage = new StorageOptions();
        var cosmos = new CosmosOptions();

        Assert.Equal([storage.RawPayloadContainer, storage.DocumentContainer, storage.CatalogLockContainer], Strings(infra.Variable("blobContainers")));
        // Every table the app creates locally at start (StorageProvisioner) exists in Azure, where it creates none.
        var clients = new StorageClients(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" }, OrderQueues.Messages, new DefaultAzureCredential());
        Assert.Equal(clients.Tables.Select(table => table.Name).Order(), Strings(infra.Variable("tableNames")).Order());
        Assert.Equal(clients.Containers.Select(container => container.Name), Strings(infra.Variable("blobContainers")));
        Assert.Equal(cosmos.Database, infra.Text("cosmosDatabase"));
        Assert.Equal(cosmos.OrdersContainer, infra.Text("ordersContainer"));
        var container = infra.Single("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers")["properties"]!["resource"]!;
        Assert.Equal("/id", (string)container["partitionKey"]!["paths"]![0]!);
        var indexed = container["indexingPolicy"]!["includedPaths"]!.AsArray().Select(path => (string)path!["path"]!).ToList();
        Assert.Contains("/status/?", indexed);
        Assert.Contains("/outboxPending/?", indexed);
        Assert.Contains("/updatedAtUnixMs/?", indexed);
        Assert.Contains("EnableServerless", infra.ArmText);
    }

    [Fact]
    public void Names_WhenBuilt_DeriveFromThePrefixAndNoSubscriptionIsNamed()
    {
        Assert.All(infra.Variable("names").AsObject(), pair => Assert.Contains("variables(", (string)pair.Value!));
        Assert.DoesNotMatch(SubscriptionPath(), infra.ArmText);
        foreach (var profile in infra.Parameters.Values)
        {
            Assert.DoesNotMatch(SubscriptionPath(), profile.ToJsonString());
        }
    }

    private static List<string> Strings(JsonNode node) => [.. node.AsArray().Select(item => (string)item!)];

    private static bool IsSecretName(string setting) => SecretName().IsMatch(setting.Split("__")[^1]);

    private static IEnumerable<string> LocalSettingNames()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(LocalSettings.RepoRoot(), "local.settings.json")))!;
        return document["Values"]!.AsObject().Select(pair => pair.Key);
    }

    [GeneratedRegex("(Secret|Token|Password|HookAuthorization|HookHeaderValue)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex("/subscriptions/[0-9a-f]{8}-", RegexOptions.IgnoreCase)]
    private static partial Regex SubscriptionPath();
}
