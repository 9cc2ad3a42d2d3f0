// Draws the directory's map (clustered markers from /api/talent with the page's filters) or a profile's single
// point. Without JavaScript, or if Leaflet does not load, the section stays hidden and the list says everything.
(function () {
  'use strict';

  var section = document.getElementById('talent-map');
  if (!section || typeof L === 'undefined' || !window.talentMapBase) {
    return;
  }

  section.hidden = false;
  var canvas = section.querySelector('.talent-map-canvas');
  var map = window.talentMapBase(canvas, section, { scrollWheelZoom: false }, 18).setView([-12.0464, -77.0428], 5);

  if (section.dataset.point) {
    var point = section.dataset.point.split(',').map(Number);
    L.circle(point, { radius: 600 }).addTo(map);
    map.setView(point, 13);
    return;
  }

  // A popup made of text nodes: names come from people, never from markup.
  function popup(feature) {
    var box = document.createElement('div');
    var link = document.createElement('a');
    link.href = '/talent/' + encodeURIComponent(feature.id);
    link.textContent = feature.properties.name;
    box.appendChild(link);
    var details = [feature.properties.business, feature.properties.sector, feature.properties.city].filter(Boolean).join(' · ');
    if (details) {
      var line = document.createElement('p');
      line.textContent = details;
      box.appendChild(line);
    }
    return box;
  }

  fetch(section.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
    .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
    .then(function (collection) {
      var group = typeof L.markerClusterGroup === 'function' ? L.markerClusterGroup({ showCoverageOnHover: false }) : L.featureGroup();
      collection.features.forEach(function (feature) {
        if (!feature.geometry) {
          return;
        }
        var c = feature.geometry.coordinates;
        group.addLayer(L.marker([c[1], c[0]], { title: feature.properties.name, alt: feature.properties.name }).bindPopup(popup(feature)));
      });
      map.addLayer(group);
      if (group.getLayers().length > 0) {
        map.fitBounds(group.getBounds(), { maxZoom: 12, padding: [20, 20] });
      }
      section.dataset.markers = String(group.getLayers().length);
    })
    .catch(function () {
      section.hidden = true;
    });
})();
