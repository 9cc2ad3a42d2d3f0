// Lets the owner tap the map to fill in latitude and longitude; the fields stay usable by hand without JavaScript.
(function () {
  'use strict';

  var picker = document.getElementById('talent-picker');
  var latitude = document.getElementById('Latitude');
  var longitude = document.getElementById('Longitude');
  if (!picker || !latitude || !longitude || typeof L === 'undefined' || !window.talentMapBase) {
    return;
  }

  picker.hidden = false;
  var canvas = picker.querySelector('.talent-map-canvas');
  var read = function (input) { return parseFloat(String(input.value).replace(',', '.')); };
  var start = [read(latitude), read(longitude)];
  var known = isFinite(start[0]) && isFinite(start[1]);
  var map = window.talentMapBase(canvas, picker, {}, 19).setView(known ? start : [-12.0464, -77.0428], known ? 15 : 11);
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
})();
