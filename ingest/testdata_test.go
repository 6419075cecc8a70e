package ingest

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Example Wire</title>
<link>https://wire.example/</link>
<item>
  <title>Ministers meet in Geneva</title>
  <link>/world/geneva-talks</link>
  <guid isPermaLink="false">wire-1</guid>
  <pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>
  <dc:creator>Mira Castell</dc:creator>
  <description>&lt;p&gt;The foreign ministers met on &lt;b&gt;Tuesday&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Talks continue.&lt;/p&gt;</description>
</item>
<item>
  <title>Second item</title>
  <link>https://wire.example/world/second</link>
  <pubDate>Wed, 04 Mar 2026 10:00:00 +0100</pubDate>
  <description>Short teaser.</description>
</item>
</channel>
</rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title>
  <id>urn:uuid:feed</id>
  <updated>2026-03-03T09:00:00Z</updated>
  <entry>
    <title type="html">Ministers meet in Geneva</title>
    <link rel="alternate" href="https://atom.example/world/geneva-talks"/>
    <id>urn:uuid:entry-1</id>
    <published>2026-03-03T09:00:00Z</published>
    <updated>2026-03-03T10:00:00Z</updated>
    <author><name>Jonas Felder</name></author>
    <summary>Summary only.</summary>
    <content type="html">&lt;p&gt;The foreign ministers met on &lt;b&gt;Tuesday&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Talks continue.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Second item</title>
    <link href="https://atom.example/world/second"/>
    <id>urn:uuid:entry-2</id>
    <updated>2026-03-04T09:00:00Z</updated>
    <summary>Short teaser.</summary>
  </entry>
</feed>`

const rdfFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/">
    <title>Example RDF</title>
    <link>https://rdf.example/</link>
    <items><rdf:Seq><rdf:li rdf:resource="https://rdf.example/world/geneva-talks"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://rdf.example/world/geneva-talks">
    <title>Ministers meet in Geneva</title>
    <link>https://rdf.example/world/geneva-talks</link>
    <description>&lt;p&gt;The foreign ministers met on &lt;b&gt;Tuesday&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Talks continue.&lt;/p&gt;</description>
    <dc:creator>Sena Marlow</dc:creator>
    <dc:date>2026-03-03T09:00:00Z</dc:date>
  </item>
  <item rdf:about="https://rdf.example/world/second">
    <title>Second item</title>
    <link>https://rdf.example/world/second</link>
    <description>Short teaser.</description>
    <dc:date>2026-03-04T09:00:00Z</dc:date>
  </item>
</rdf:RDF>`

const jsonFeed = `{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Example JSON",
  "home_page_url": "https://json.example/",
  "items": [
    {
      "id": "json-1",
      "url": "https://json.example/world/geneva-talks",
      "title": "Ministers meet in Geneva",
      "content_html": "<p>The foreign ministers met on <b>Tuesday</b>.</p><p>Talks continue.</p>",
      "date_published": "2026-03-03T09:00:00Z",
      "authors": [{"name": "Hana Lee"}]
    },
    {
      "id": "json-2",
      "url": "https://json.example/world/second",
      "title": "Second item",
      "summary": "Short teaser.",
      "date_published": "2026-03-04T09:00:00Z"
    }
  ]
}`
