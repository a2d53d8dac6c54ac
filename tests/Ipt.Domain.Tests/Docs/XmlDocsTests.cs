using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Ipt.Domain.Courses;

namespace Ipt.Domain.Tests.Docs;

/// <summary>Reads the library's XML documentation file: every public type has a summary, and the entry points a caller
/// meets first carry a short example.</summary>
public class XmlDocsTests
{
    private static XElement[] Members()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Ipt.Domain.xml");
        Assert.True(File.Exists(path), "Ipt.Domain.xml not copied next to the tests");
        return [.. XDocument.Load(path).Descendants("member")];
    }

    [Fact]
    public void Every_public_type_has_a_summary()
    {
        XElement[] members = Members();
        Type[] types = [.. typeof(TreatmentCourse).Assembly.GetExportedTypes()];
        Assert.All(types, t =>
        {
            string id = "T:" + t.FullName!.Replace('+', '.');
            XElement? doc = members.FirstOrDefault(m => (string?)m.Attribute("name") == id);
            Assert.True(doc?.Element("summary") is { } s && s.Value.Trim().Length > 0, id + " has no summary");
        });
    }

    [Theory]
    [InlineData("T:Ipt.Domain.Protocols.ProtocolCatalog")]
    [InlineData("T:Ipt.Domain.Fidelity.FidelityReviewer")]
    [InlineData("T:Ipt.Domain.Suitability.SuitabilityScreener")]
    [InlineData("T:Ipt.Domain.Groups.GroupCourse")]
    [InlineData("T:Ipt.Domain.Serialization.CourseHistoryJson")]
    [InlineData("T:Ipt.Domain.Serialization.GroupHistoryJson")]
    [InlineData("T:Ipt.Domain.Persistence.ConcurrencyCheck")]
    [InlineData("T:Ipt.Domain.DependencyInjection.IptDomainOptions")]
    [InlineData("M:Microsoft.Extensions.DependencyInjection.IptDomainServiceCollectionExtensions.AddIptDomain(Microsoft.Extensions.DependencyInjection.IServiceCollection,System.Action{Ipt.Domain.DependencyInjection.IptDomainOptions})")]
    public void Entry_points_have_an_example(string id)
    {
        XElement? doc = Members().FirstOrDefault(m => (string?)m.Attribute("name") == id);
        Assert.NotNull(doc);
        Assert.True(doc.Element("example")?.Element("code") is { } code && code.Value.Trim().Length > 0, id + " has no <example><code>");
    }
}
