// Lets the owner tap the map to fill in latitude and longitude; the fields stay usable by hand without JavaScript.
(function () {
  'use strict';

  // Leaflet shows the attribution as markup: the site's setting is text, so it is escaped first.
  function plainText(text) {
    var box = document.createElement('div');
    box.textContent = text || '';
    return box.innerHTML;
  }

  var picker = document.getElementById('talent-picker');
  var latitude = document.getElementById('Latitude');
  var longitude = document.getElementById('Longitude');
  if (!picker || !latitude || !longitude || typeof L === 'undefined') {
    return;
  }

  picker.hidden = false;
  var canvas = picker.querySelector('.talent-map-canvas');
  var read = function (input) { return parseFloat(String(input.value).replace(',', '.')); };
  var start = [read(latitude), read(longitude)];
  var known = isFinite(start[0]) && isFinite(start[1]);
  var map = L.map(canvas, { zoomControl: false }).setView(known ? start : [-12.0464, -77.0428], known ? 15 : 11);
  inPageLanguage(map);
  L.tileLayer(picker.dataset.tiles, { maxZoom: 19, attribution: plainText(picker.dataset.attribution) }).addTo(map);
  var marker = known ? L.marker(start).addTo(map) : null;

  map.on('click', function (event) {
    // Written with the page's decimal mark, as the server shows and reads them.
    var mark = picker.dataset.decimalMark || '.';
    var lat = event.latlng.lat.toFixed(6).replace('.', mark);
    var lng = event.latlng.lng.toFixed(6).replace('.', mark);
    latitude.value = lat;
    longitude.value = lng;
    if (marker) {
      marker.setLatLng(event.latlng);
    } else {
      marker = L.marker(event.latlng).addTo(map);
    }
  });

  // A <details> that opens after the map was drawn needs Leaflet to measure again.
  var details = picker.closest('details');
  if (details) {
    details.addEventListener('toggle', function () { map.invalidateSize(); });
  }

  // Zoom buttons titled in the page's language, and Leaflet credited without its English tooltip.
  function inPageLanguage(map) {
    var words = document.querySelector('meta[name="map-words"]');
    L.control.zoom({
      zoomInTitle: words ? words.getAttribute('data-zoom-in') : 'Zoom in',
      zoomOutTitle: words ? words.getAttribute('data-zoom-out') : 'Zoom out'
    }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  }
})();
