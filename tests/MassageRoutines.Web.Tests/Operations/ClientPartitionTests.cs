using System.Net;
using MassageRoutines.Web.Operations;

namespace MassageRoutines.Web.Tests.Operations;

public class ClientPartitionTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    [InlineData("fe80::1%3", "fe80::/64")]
    [InlineData("::1", "::/64")]
    public void An_address_counts_under_itself_for_IPv4_and_under_its_64_for_IPv6(string address, string partition) =>
        Assert.Equal(partition, ForwardedHeadersSetup.PartitionOf(IPAddress.Parse(address)));

    [Fact]
    public void No_address_counts_under_one_key() =>
        Assert.Equal("unknown", ForwardedHeadersSetup.PartitionOf(null));
}
